package dev.tandem.mpc.internal.paillier;

import dev.tandem.mpc.internal.Parallel;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Random primes of an exact bit length, for Paillier and ring-Pedersen moduli.
 *
 * <p>A candidate is a random {@code bits}-bit integer with its two top bits set (so the product of
 * two such primes has exactly {@code 2·bits} bits) and, for Blum primes, {@code ≡ 3 (mod 4)}. From
 * that start the generator walks forward in steps of 4 (Blum) or 2, sieving a window by the odd
 * primes below 2^16 and testing the survivors with {@link BigInteger#isProbablePrime} (Miller–Rabin
 * with random bases plus a Lucas test, as the JDK does for these sizes). A window without a prime,
 * or a walk that would change the top bits, starts over from a new random candidate. This is the
 * usual incremental search (as in OpenSSL); its small deviation from a uniform prime is not a
 * concern for factoring-based assumptions.
 *
 * <p>No static mutable state: every call draws from the {@link SecureRandom} it is given.
 */
public final class PrimeGenerator {

  /** Primality certainty for {@link BigInteger#isProbablePrime}. */
  static final int CERTAINTY = 128;

  private static final int SIEVE_LIMIT = 1 << 16;
  private static final int WINDOW = 8192;
  private static final int[] SMALL_PRIMES = smallOddPrimes(SIEVE_LIMIT);
  private static final int[] INVERSE_OF_TWO = inverses(2);
  private static final int[] INVERSE_OF_FOUR = inverses(4);

  private PrimeGenerator() {}

  /** A random prime {@code p ≡ 3 (mod 4)} with exactly {@code bits} bits, the top two set. */
  public static BigInteger blumPrime(int bits, SecureRandom random) {
    return search(bits, true, random);
  }

  /** A random prime with exactly {@code bits} bits, the top two set. */
  public static BigInteger prime(int bits, SecureRandom random) {
    return search(bits, false, random);
  }

  /**
   * Two distinct primes of {@code bits} bits each, generated in parallel on {@code executor}.
   *
   * @param blum whether both must be {@code ≡ 3 (mod 4)}
   */
  public static BigInteger[] distinctPair(
      int bits, boolean blum, SecureRandom random, Executor executor) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(executor, "executor");
    while (true) {
      BigInteger[] pair = new BigInteger[2];
      Parallel.forEach(2, executor, i -> pair[i] = search(bits, blum, random));
      if (!pair[0].equals(pair[1])) {
        return pair;
      }
    }
  }

  private static BigInteger search(int bits, boolean blum, SecureRandom random) {
    if (bits < 64) {
      throw new IllegalArgumentException("prime size too small: " + bits);
    }
    Objects.requireNonNull(random, "random");
    int step = blum ? 4 : 2;
    int[] stepInverses = blum ? INVERSE_OF_FOUR : INVERSE_OF_TWO;
    int[] residues = new int[SMALL_PRIMES.length];
    boolean[] composite = new boolean[WINDOW];
    while (true) {
      BigInteger start = new BigInteger(bits, random).setBit(bits - 1).setBit(bits - 2).setBit(0);
      if (blum) {
        start = start.setBit(1);
      }
      int[] words = words(start);
      for (int i = 0; i < SMALL_PRIMES.length; i++) {
        long prime = SMALL_PRIMES[i];
        long residue = 0;
        for (int word : words) {
          // residue < 2^16, so the shifted value stays below 2^48
          residue = ((residue << 32) | (word & 0xffffffffL)) % prime;
        }
        residues[i] = (int) residue;
      }
      Arrays.fill(composite, false);
      for (int i = 0; i < SMALL_PRIMES.length; i++) {
        int prime = SMALL_PRIMES[i];
        // first offset k with residue + k·step ≡ 0 (mod prime)
        long k = ((long) (prime - residues[i]) % prime) * stepInverses[i] % prime;
        for (long j = k; j < WINDOW; j += prime) {
          composite[(int) j] = true;
        }
      }
      for (int k = 0; k < WINDOW; k++) {
        if (composite[k]) {
          continue;
        }
        BigInteger candidate = start.add(BigInteger.valueOf((long) k * step));
        if (candidate.bitLength() != bits || !candidate.testBit(bits - 2)) {
          break;
        }
        if (candidate.isProbablePrime(CERTAINTY)) {
          return candidate;
        }
      }
    }
  }

  /** Big-endian 32-bit words of a positive integer. */
  private static int[] words(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int count = (bytes.length + 3) / 4;
    int[] words = new int[count];
    for (int i = 0; i < bytes.length; i++) {
      int fromEnd = bytes.length - 1 - i;
      words[count - 1 - fromEnd / 4] |= (bytes[i] & 0xff) << (8 * (fromEnd % 4));
    }
    return words;
  }

  private static int[] inverses(int value) {
    int[] result = new int[SMALL_PRIMES.length];
    for (int i = 0; i < SMALL_PRIMES.length; i++) {
      result[i] =
          BigInteger.valueOf(value).modInverse(BigInteger.valueOf(SMALL_PRIMES[i])).intValue();
    }
    return result;
  }

  private static int[] smallOddPrimes(int limit) {
    boolean[] compositeFlags = new boolean[limit];
    int count = 0;
    for (int i = 3; i < limit; i += 2) {
      if (!compositeFlags[i]) {
        count++;
        for (long j = (long) i * i; j < limit; j += 2L * i) {
          compositeFlags[(int) j] = true;
        }
      }
    }
    int[] primes = new int[count];
    int index = 0;
    for (int i = 3; i < limit; i += 2) {
      if (!compositeFlags[i]) {
        primes[index++] = i;
      }
    }
    return primes;
  }
}
