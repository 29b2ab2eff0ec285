package dev.tandem.mpc.internal.paillier;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * A Paillier secret key: the primes {@code p}, {@code q} of {@code N = p·q}, with the values
 * precomputed for CRT decryption ({@code c^(p-1) mod p²} and {@code c^(q-1) mod q²}, each
 * multiplied by the precomputed {@code h_p = L_p(g^(p-1) mod p²)^-1 mod p}, recombined mod N) and
 * CRT exponentiation of the encryption randomness ({@code r^N mod p²}, {@code r^N mod q²} with the
 * exponent reduced by {@code p(p-1)} and {@code q(q-1)}).
 *
 * <p>Secret holder: a final class, redacted {@code toString}, no {@code equals}/{@code hashCode}.
 * The primes leave only through {@link #secretPrimeP()} and {@link #secretPrimeQ()}, which provers
 * call. {@link #destroy()} drops every reference to secret values; it is best effort because a
 * {@link BigInteger} is immutable and cannot be overwritten, so copies remain in the heap until the
 * garbage collector reuses the memory.
 */
public final class PaillierSecretKey implements Destroyable {

  private final PaillierPublicKey publicKey;
  private volatile boolean destroyed;
  private BigInteger p;
  private BigInteger q;
  private BigInteger pSquared;
  private BigInteger qSquared;
  private BigInteger pMinusOne;
  private BigInteger qMinusOne;
  private BigInteger hp;
  private BigInteger hq;
  private CrtModulus modN;
  private CrtModulus modNSquared;

  private PaillierSecretKey(PaillierPublicKey publicKey, BigInteger p, BigInteger q) {
    this.publicKey = publicKey;
    this.p = p;
    this.q = q;
    this.pSquared = p.multiply(p);
    this.qSquared = q.multiply(q);
    this.pMinusOne = p.subtract(BigInteger.ONE);
    this.qMinusOne = q.subtract(BigInteger.ONE);
    // With g = 1 + N, g^(p-1) = 1 + (p-1)·N (mod p²), so L(g^(p-1) mod p²) = (p-1)·q ≡ -q (mod p)
    // and h_p = L(...)⁻¹ = (-q)⁻¹ mod p: two inverses instead of two full exponentiations, which
    // matters because the custodian rebuilds its key at the start of every signing session.
    this.hp = q.negate().mod(p).modInverse(p);
    this.hq = p.negate().mod(q).modInverse(q);
    this.modN = CrtModulus.ofPrimes(p, q);
    this.modNSquared = CrtModulus.ofPrimeSquares(p, q);
  }

  /**
   * A key from its two primes (as {@link PaillierKeyGenerator} makes them, or as restored from
   * storage). Checks that they are odd, distinct, coprime, that {@code N} is a valid public
   * modulus (at least {@value PaillierPublicKey#MINIMUM_MODULUS_BITS} bits) and that {@code gcd(N,
   * (p-1)(q-1)) = 1}. Primality is not re-tested here (it is what the generator guarantees and what
   * the modulus proofs show to the peer).
   *
   * @throws GeneralSecurityException if a check fails
   */
  public static PaillierSecretKey fromPrimes(BigInteger p, BigInteger q)
      throws GeneralSecurityException {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(q, "q");
    if (p.compareTo(BigInteger.TWO) <= 0 || q.compareTo(BigInteger.TWO) <= 0
        || !p.testBit(0) || !q.testBit(0)) {
      throw new GeneralSecurityException("paillier: factors must be odd and greater than 2");
    }
    if (p.equals(q)) {
      throw new GeneralSecurityException("paillier: factors must be distinct");
    }
    if (!p.gcd(q).equals(BigInteger.ONE)) {
      throw new GeneralSecurityException("paillier: factors must be coprime");
    }
    BigInteger n = p.multiply(q);
    PaillierPublicKey publicKey = PaillierPublicKey.of(n);
    BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
    if (!n.gcd(phi).equals(BigInteger.ONE)) {
      throw new GeneralSecurityException("paillier: gcd(N, φ(N)) != 1");
    }
    return new PaillierSecretKey(publicKey, p, q);
  }

  /** The public key. */
  public PaillierPublicKey publicKey() {
    return publicKey;
  }

  /** The prime {@code p}. Secret: for provers only. */
  public BigInteger secretPrimeP() {
    requireLive();
    return p;
  }

  /** The prime {@code q}. Secret: for provers only. */
  public BigInteger secretPrimeQ() {
    requireLive();
    return q;
  }

  /** CRT arithmetic mod N with this key's factorisation. Secret: for provers only. */
  public CrtModulus secretCrtModN() {
    requireLive();
    return modN;
  }

  /**
   * Decrypts a ciphertext to its plaintext in {@code [0, N)}, by CRT.
   *
   * @throws GeneralSecurityException if the ciphertext is invalid ({@link
   *     PaillierPublicKey#validateCiphertext})
   */
  public BigInteger decrypt(BigInteger c) throws GeneralSecurityException {
    requireLive();
    publicKey.validateCiphertext(c);
    BigInteger mp = lFunction(c.mod(pSquared).modPow(pMinusOne, pSquared), p).multiply(hp).mod(p);
    BigInteger mq = lFunction(c.mod(qSquared).modPow(qMinusOne, qSquared), q).multiply(hq).mod(q);
    return modN.combine(mp, mq);
  }

  /**
   * Decrypts a ciphertext to the centred representative of its plaintext, in {@code (-N/2, N/2)}.
   *
   * @throws GeneralSecurityException if the ciphertext is invalid
   */
  public BigInteger decryptCentred(BigInteger c) throws GeneralSecurityException {
    BigInteger m = decrypt(c);
    BigInteger n = publicKey.n();
    return m.compareTo(n.shiftRight(1)) > 0 ? m.subtract(n) : m;
  }

  /** {@code r^N mod N²} by CRT over {@code p²} and {@code q²}. */
  public BigInteger nthPowerModNSquared(BigInteger r) {
    requireLive();
    return modNSquared.modPow(r, publicKey.n());
  }

  /** Encrypts {@code m mod N} with fresh randomness, using CRT for {@code r^N}. */
  public BigInteger encrypt(BigInteger m, SecureRandom random) {
    return encrypt(m, publicKey.randomUnit(random));
  }

  /** Encrypts {@code m mod N} with randomness {@code r ∈ Z*_N}, using CRT for {@code r^N}. */
  public BigInteger encrypt(BigInteger m, BigInteger r) {
    publicKey.requireUnit(r);
    return publicKey
        .plaintextFactor(m)
        .multiply(nthPowerModNSquared(r))
        .mod(publicKey.nSquared());
  }

  /**
   * Drops every reference to the secret values; later calls fail with {@link
   * IllegalStateException}. Best effort: {@link BigInteger} cannot be wiped in place.
   */
  @Override
  public synchronized void destroy() {
    destroyed = true;
    p = null;
    q = null;
    pSquared = null;
    qSquared = null;
    pMinusOne = null;
    qMinusOne = null;
    hp = null;
    hq = null;
    modN = null;
    modNSquared = null;
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "PaillierSecretKey[bits=" + publicKey.bitLength() + ", factors=<redacted>]";
  }

  private void requireLive() {
    if (destroyed) {
      throw new IllegalStateException("Paillier secret key was destroyed");
    }
  }

  private static BigInteger lFunction(BigInteger u, BigInteger prime) {
    return u.subtract(BigInteger.ONE).divide(prime);
  }
}
