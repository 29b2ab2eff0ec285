package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.paillier.PrimeGenerator;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Generates ring-Pedersen parameters as PROTOCOL.md §2 specifies: two random primes of half the
 * modulus size (1024 bits each for the default 2048-bit N̂, two top bits set), searched in parallel
 * on the given {@link Executor}; {@code t = r² mod N̂} for a random unit {@code r} (a random
 * quadratic residue); {@code λ ← [1, φ(N̂))}; {@code s = t^λ mod N̂} (by CRT). No static state.
 */
public final class RingPedersenGenerator {

  /** Default N̂ size. */
  public static final int DEFAULT_MODULUS_BITS = 2048;

  private final SecureRandom random;
  private final Executor executor;
  private final int modulusBits;

  /** A generator of {@value #DEFAULT_MODULUS_BITS}-bit parameters. */
  public RingPedersenGenerator(SecureRandom random, Executor executor) {
    this(random, executor, DEFAULT_MODULUS_BITS);
  }

  /** A generator of {@code modulusBits}-bit parameters. */
  public RingPedersenGenerator(SecureRandom random, Executor executor, int modulusBits) {
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    if (modulusBits < RingPedersenParameters.MINIMUM_MODULUS_BITS
        || modulusBits > ZkSupport.MAX_MODULUS_BITS
        || modulusBits % 2 != 0) {
      throw new IllegalArgumentException("unsupported ring-Pedersen modulus size: " + modulusBits);
    }
    this.modulusBits = modulusBits;
  }

  /** Fresh parameters with their secret. */
  public RingPedersenSecret generate() {
    while (true) {
      BigInteger[] primes = PrimeGenerator.distinctPair(modulusBits / 2, false, random, executor);
      BigInteger n = primes[0].multiply(primes[1]);
      BigInteger phi = primes[0].subtract(BigInteger.ONE).multiply(
          primes[1].subtract(BigInteger.ONE));
      BigInteger r = ZkSupport.randomUnit(n, random);
      BigInteger t = r.multiply(r).mod(n);
      BigInteger lambda;
      do {
        lambda = ZkSupport.randomBelow(phi, random);
      } while (lambda.signum() == 0);
      try {
        return RingPedersenSecret.restore(primes[0], primes[1], t, lambda);
      } catch (GeneralSecurityException e) {
        // Only with negligible probability (t or s is ±1, or s = t): draw again.
        continue;
      }
    }
  }
}
