package dev.tandem.mpc.internal.paillier;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Generates Paillier keys whose modulus is a Paillier–Blum modulus, as {@code
 * PaillierBlumModulusProof} and {@code NoSmallFactorProof} require: {@code N = p·q} with distinct
 * primes {@code p ≡ q ≡ 3 (mod 4)} of exactly half the modulus size each (two top bits set, so N has
 * the full bit length) and {@code gcd(N, φ(N)) = 1}. The two primes are searched in parallel on the
 * given {@link Executor}.
 *
 * <p>Sizes: {@value #DEFAULT_MODULUS_BITS} bits by default, 3072 when configured; any even size
 * from {@value PaillierPublicKey#MINIMUM_MODULUS_BITS} to {@value
 * PaillierPublicKey#MAXIMUM_MODULUS_BITS} is accepted. No static state.
 */
public final class PaillierKeyGenerator {

  /** The default modulus size. */
  public static final int DEFAULT_MODULUS_BITS = 2048;

  private final SecureRandom random;
  private final Executor executor;
  private final int modulusBits;

  /** A generator of {@value #DEFAULT_MODULUS_BITS}-bit keys. */
  public PaillierKeyGenerator(SecureRandom random, Executor executor) {
    this(random, executor, DEFAULT_MODULUS_BITS);
  }

  /** A generator of {@code modulusBits}-bit keys (2048 or 3072). */
  public PaillierKeyGenerator(SecureRandom random, Executor executor, int modulusBits) {
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (modulusBits < PaillierPublicKey.MINIMUM_MODULUS_BITS
        || modulusBits > PaillierPublicKey.MAXIMUM_MODULUS_BITS
        || modulusBits % 2 != 0) {
      throw new IllegalArgumentException("unsupported Paillier modulus size: " + modulusBits);
    }
    this.modulusBits = modulusBits;
  }

  /** The size of the moduli this generator makes. */
  public int modulusBits() {
    return modulusBits;
  }

  /** A fresh key. */
  public PaillierSecretKey generate() {
    while (true) {
      BigInteger[] primes =
          PrimeGenerator.distinctPair(modulusBits / 2, true, random, executor);
      try {
        return PaillierSecretKey.fromPrimes(primes[0], primes[1]);
      } catch (GeneralSecurityException e) {
        // Unreachable for primes of equal size (p cannot divide q - 1); drawn again if it were.
        continue;
      }
    }
  }
}
