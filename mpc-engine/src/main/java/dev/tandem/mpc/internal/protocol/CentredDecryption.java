package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.concurrent.Executor;

/**
 * The custodian's decryption of the signing ciphertext c3 (PROTOCOL.md §4 step 4) to the centred
 * representative in (−N/2, N/2), with its two CRT halves computed in parallel on the executor: the
 * decryption is on the critical path of every signature.
 *
 * <p>Half p is {@code L_p(c^(p−1) mod p²) · h_p mod p} with {@code h_p = L_p((1+N)^(p−1) mod
 * p²)^(−1) = (−q)^(−1) mod p} (as {@code (1+N)^(p−1) ≡ 1 + (p−1)·N (mod p²)}); half q likewise; the
 * halves are recombined mod N. {@link PaillierSecretKey#decryptCentred} computes the same value
 * sequentially; the tests check that the two agree.
 */
final class CentredDecryption {

  private final PaillierSecretKey key;
  private final Futures.Pending<BigInteger> halfP;
  private final Futures.Pending<BigInteger> halfQ;

  /**
   * Starts decrypting {@code ciphertext}, which must already have passed {@link
   * dev.tandem.mpc.internal.paillier.PaillierPublicKey#validateCiphertext}.
   */
  CentredDecryption(PaillierSecretKey key, BigInteger ciphertext, Executor executor) {
    this.key = key;
    BigInteger p = key.secretPrimeP();
    BigInteger q = key.secretPrimeQ();
    this.halfP = Futures.submit(executor, () -> half(ciphertext, p, q));
    this.halfQ = Futures.submit(executor, () -> half(ciphertext, q, p));
  }

  /** The plaintext in (−N/2, N/2). */
  BigInteger join() throws GeneralSecurityException {
    BigInteger m = key.secretCrtModN().combine(halfP.join(), halfQ.join());
    BigInteger n = key.publicKey().n();
    return m.compareTo(n.shiftRight(1)) > 0 ? m.subtract(n) : m;
  }

  /** Gives up the decryption (the run aborted). */
  void discard() {
    halfP.discard();
    halfQ.discard();
  }

  /** {@code L_p(c^(p−1) mod p²) · (−other)^(−1) mod p}. */
  private static BigInteger half(BigInteger c, BigInteger p, BigInteger other) {
    BigInteger pSquared = p.multiply(p);
    BigInteger u = c.mod(pSquared).modPow(p.subtract(BigInteger.ONE), pSquared);
    BigInteger l = u.subtract(BigInteger.ONE).divide(p);
    return l.multiply(other.negate().modInverse(p)).mod(p);
  }
}
