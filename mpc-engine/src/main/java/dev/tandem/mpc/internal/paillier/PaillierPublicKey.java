package dev.tandem.mpc.internal.paillier;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * A Paillier public key with generator {@code g = 1 + N}: {@code Enc(m; r) = (1 + m·N)·r^N mod N²}.
 *
 * <p>Construction validates the modulus as PROTOCOL.md §1 requires: odd, at least the configured
 * minimum size (never below {@value #MINIMUM_MODULUS_BITS} bits) and at most {@value
 * #MAXIMUM_MODULUS_BITS} bits (a bound against oversized input). That {@code N} is a product of two
 * large primes is what {@code PaillierBlumModulusProof} and {@code NoSmallFactorProof} establish; a
 * key received from a peer must not be used before both proofs verify.
 *
 * <p>Plaintexts are integers taken mod N (a negative plaintext {@code -m} encrypts {@code N - m});
 * ciphertexts are elements of Z*_{N²} and every ciphertext from a peer goes through {@link
 * #validateCiphertext} first. Immutable and thread-safe.
 */
public final class PaillierPublicKey {

  /** The smallest modulus accepted anywhere (PROTOCOL.md §1). */
  public static final int MINIMUM_MODULUS_BITS = 2048;

  /** The largest modulus accepted (the configurable size is 3072; this bounds decoding). */
  public static final int MAXIMUM_MODULUS_BITS = 4096;

  private final BigInteger n;
  private final BigInteger nSquared;

  private PaillierPublicKey(BigInteger n) {
    this.n = n;
    this.nSquared = n.multiply(n);
  }

  /** A key with modulus {@code n} of at least {@value #MINIMUM_MODULUS_BITS} bits. */
  public static PaillierPublicKey of(BigInteger n) throws GeneralSecurityException {
    return of(n, MINIMUM_MODULUS_BITS);
  }

  /**
   * A key with modulus {@code n} of at least {@code minimumBits} bits.
   *
   * @param minimumBits the configured minimum, itself at least {@value #MINIMUM_MODULUS_BITS}
   * @throws GeneralSecurityException if {@code n} is even, too small or too large
   */
  public static PaillierPublicKey of(BigInteger n, int minimumBits)
      throws GeneralSecurityException {
    if (minimumBits < MINIMUM_MODULUS_BITS || minimumBits > MAXIMUM_MODULUS_BITS) {
      throw new IllegalArgumentException(
          "minimum modulus size must be in [" + MINIMUM_MODULUS_BITS + ", "
              + MAXIMUM_MODULUS_BITS + "]");
    }
    if (n == null) {
      throw new GeneralSecurityException("paillier: modulus is missing");
    }
    if (n.signum() <= 0 || !n.testBit(0)) {
      throw new GeneralSecurityException("paillier: modulus is not a positive odd integer");
    }
    if (n.bitLength() < minimumBits) {
      throw new GeneralSecurityException(
          "paillier: modulus has " + n.bitLength() + " bits, at least " + minimumBits
              + " required");
    }
    if (n.bitLength() > MAXIMUM_MODULUS_BITS) {
      throw new GeneralSecurityException(
          "paillier: modulus has " + n.bitLength() + " bits, at most " + MAXIMUM_MODULUS_BITS
              + " allowed");
    }
    return new PaillierPublicKey(n);
  }

  /** The modulus N. */
  public BigInteger n() {
    return n;
  }

  /** N². */
  public BigInteger nSquared() {
    return nSquared;
  }

  /** Bit length of N. */
  public int bitLength() {
    return n.bitLength();
  }

  /**
   * Checks a ciphertext received from a peer: {@code 0 < c < N²} and {@code gcd(c, N) = 1}.
   *
   * @return {@code c}
   * @throws GeneralSecurityException naming the failed check
   */
  public BigInteger validateCiphertext(BigInteger c) throws GeneralSecurityException {
    if (c == null) {
      throw new GeneralSecurityException("paillier: ciphertext is missing");
    }
    if (c.signum() <= 0 || c.compareTo(nSquared) >= 0) {
      throw new GeneralSecurityException("paillier: ciphertext is not in (0, N²)");
    }
    if (!c.gcd(n).equals(BigInteger.ONE)) {
      throw new GeneralSecurityException("paillier: ciphertext is not coprime to N");
    }
    return c;
  }

  /** Whether {@code 0 < r < N} and {@code gcd(r, N) = 1}. */
  public boolean isUnitModN(BigInteger r) {
    return r != null && r.signum() > 0 && r.compareTo(n) < 0 && r.gcd(n).equals(BigInteger.ONE);
  }

  /** A uniformly random element of Z*_N. */
  public BigInteger randomUnit(SecureRandom random) {
    return randomUnit(n, random);
  }

  /** Encrypts {@code m mod N} with fresh randomness. */
  public BigInteger encrypt(BigInteger m, SecureRandom random) {
    return encrypt(m, randomUnit(random));
  }

  /**
   * Encrypts {@code m mod N} with the randomness {@code r ∈ Z*_N} (needed when a proof is made
   * about the ciphertext; use fresh randomness for every encryption).
   */
  public BigInteger encrypt(BigInteger m, BigInteger r) {
    requireUnit(r);
    return plaintextFactor(m).multiply(r.modPow(n, nSquared)).mod(nSquared);
  }


  /** {@code Enc(m1 + m2)} from {@code Enc(m1)} and {@code Enc(m2)}. */
  public BigInteger add(BigInteger c1, BigInteger c2) {
    return c1.multiply(c2).mod(nSquared);
  }

  /**
   * {@code Enc(k·m)} from {@code Enc(m)}; {@code k} may be negative (the ciphertext must then be a
   * unit, which a validated ciphertext is).
   */
  public BigInteger multiply(BigInteger c, BigInteger k) {
    return c.modPow(k, nSquared);
  }

  /** {@code (1 + N)^m = 1 + (m mod N)·N mod N²}. */
  public BigInteger plaintextFactor(BigInteger m) {
    Objects.requireNonNull(m, "plaintext");
    return BigInteger.ONE.add(m.mod(n).multiply(n));
  }

  /** Writes N as an unsigned integer. */
  public void write(ByteWriter writer) {
    writer.writeUnsigned(n);
  }

  /**
   * Reads and validates a modulus of at least {@code minimumBits} bits.
   *
   * @throws GeneralSecurityException if malformed or invalid
   */
  public static PaillierPublicKey read(ByteReader reader, int minimumBits)
      throws GeneralSecurityException {
    return of(reader.readUnsigned(MAXIMUM_MODULUS_BITS), minimumBits);
  }

  static BigInteger randomUnit(BigInteger modulus, SecureRandom random) {
    Objects.requireNonNull(random, "random");
    while (true) {
      BigInteger candidate = new BigInteger(modulus.bitLength(), random);
      if (candidate.signum() > 0
          && candidate.compareTo(modulus) < 0
          && candidate.gcd(modulus).equals(BigInteger.ONE)) {
        return candidate;
      }
    }
  }

  void requireUnit(BigInteger r) {
    if (!isUnitModN(r)) {
      throw new IllegalArgumentException("encryption randomness is not in Z*_N");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaillierPublicKey && n.equals(((PaillierPublicKey) o).n);
  }

  @Override
  public int hashCode() {
    return n.hashCode();
  }

  @Override
  public String toString() {
    return "PaillierPublicKey[bits=" + n.bitLength() + "]";
  }
}
