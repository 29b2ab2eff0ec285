package dev.tandem.mpc.internal.paillier;

import java.math.BigInteger;
import java.util.Objects;

/**
 * Arithmetic modulo {@code M = m1·m2} for coprime {@code m1}, {@code m2} whose group orders the
 * holder knows: {@code N = p·q} ({@link #ofPrimes}) or {@code N² = p²·q²} ({@link
 * #ofPrimeSquares}). An exponentiation is done modulo each factor with the exponent reduced by
 * that factor's Euler totient, then recombined with Garner's formula: about four times faster than
 * one exponentiation modulo {@code M}, which is why every prover who knows a factorisation uses it.
 *
 * <p>Holds the factorisation, so it is as secret as the key it belongs to: final class, redacted
 * {@code toString}, no {@code equals}. {@link BigInteger} values cannot be wiped; they become
 * unreachable when the owning key is destroyed.
 */
public final class CrtModulus {

  private final BigInteger modulus;
  private final BigInteger m1;
  private final BigInteger m2;
  private final BigInteger prime1;
  private final BigInteger prime2;
  private final BigInteger phi1;
  private final BigInteger phi2;
  private final BigInteger m1InverseModM2;

  private CrtModulus(
      BigInteger m1, BigInteger phi1, BigInteger prime1, BigInteger m2, BigInteger phi2,
      BigInteger prime2) {
    this.m1 = m1;
    this.m2 = m2;
    this.phi1 = phi1;
    this.phi2 = phi2;
    this.prime1 = prime1;
    this.prime2 = prime2;
    this.modulus = m1.multiply(m2);
    this.m1InverseModM2 = m1.modInverse(m2);
  }

  /** Arithmetic modulo {@code p·q} for distinct odd primes {@code p}, {@code q}. */
  public static CrtModulus ofPrimes(BigInteger p, BigInteger q) {
    requireDistinctOdd(p, q);
    return new CrtModulus(
        p, p.subtract(BigInteger.ONE), p, q, q.subtract(BigInteger.ONE), q);
  }

  /** Arithmetic modulo {@code p²·q²} for distinct odd primes {@code p}, {@code q}. */
  public static CrtModulus ofPrimeSquares(BigInteger p, BigInteger q) {
    requireDistinctOdd(p, q);
    return new CrtModulus(
        p.multiply(p),
        p.multiply(p.subtract(BigInteger.ONE)),
        p,
        q.multiply(q),
        q.multiply(q.subtract(BigInteger.ONE)),
        q);
  }

  /** The modulus {@code M = m1·m2}. */
  public BigInteger modulus() {
    return modulus;
  }

  /**
   * {@code base^exponent mod M}. A negative exponent needs {@code base} to be a unit mod M (as
   * {@link BigInteger#modPow} does).
   */
  public BigInteger modPow(BigInteger base, BigInteger exponent) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(exponent, "exponent");
    BigInteger r1 = part(base, exponent, m1, phi1, prime1);
    BigInteger r2 = part(base, exponent, m2, phi2, prime2);
    return combine(r1, r2);
  }

  /** The unique {@code x mod M} with {@code x ≡ r1 (mod m1)} and {@code x ≡ r2 (mod m2)}. */
  public BigInteger combine(BigInteger r1, BigInteger r2) {
    BigInteger a = r1.mod(m1);
    BigInteger h = r2.subtract(a).multiply(m1InverseModM2).mod(m2);
    return a.add(m1.multiply(h));
  }

  /** The first factor of the modulus ({@code p} or {@code p²}). */
  BigInteger firstModulus() {
    return m1;
  }

  /** The second factor of the modulus ({@code q} or {@code q²}). */
  BigInteger secondModulus() {
    return m2;
  }

  private static BigInteger part(
      BigInteger base, BigInteger exponent, BigInteger m, BigInteger phi, BigInteger prime) {
    BigInteger b = base.mod(m);
    if (b.mod(prime).signum() != 0) {
      // base is a unit mod m: reduce the exponent by φ(m) (Euler); this also handles e < 0.
      return b.modPow(exponent.mod(phi), m);
    }
    return b.modPow(exponent, m);
  }

  private static void requireDistinctOdd(BigInteger p, BigInteger q) {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(q, "q");
    if (!p.testBit(0) || !q.testBit(0) || p.compareTo(BigInteger.TWO) <= 0
        || q.compareTo(BigInteger.TWO) <= 0) {
      throw new IllegalArgumentException("factors must be odd primes");
    }
    if (p.equals(q)) {
      throw new IllegalArgumentException("factors must be distinct");
    }
  }

  @Override
  public String toString() {
    return "CrtModulus[bits=" + modulus.bitLength() + ", factors=<redacted>]";
  }
}
