package dev.tandem.mpc.internal.paillier;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The randomness factor {@code r^N mod N²} of one future Paillier encryption, computed ahead of
 * time (it is the expensive part of an encryption) and used exactly once.
 *
 * <p>Secret until used: anyone who knows it can strip it from the ciphertext and read the
 * plaintext. Final class, redacted {@code toString}, no {@code equals}. The factor is released on
 * use or on {@link #destroy()}; {@link BigInteger} values cannot be wiped, only dropped.
 */
public final class PaillierNonce {

  private final BigInteger modulus;
  private BigInteger factor;

  PaillierNonce(BigInteger modulus, BigInteger factor) {
    this.modulus = Objects.requireNonNull(modulus, "modulus");
    this.factor = Objects.requireNonNull(factor, "factor");
  }

  /** Whether the nonce was used or destroyed. */
  public synchronized boolean isConsumed() {
    return factor == null;
  }

  /** Drops the factor without using it. */
  public synchronized void destroy() {
    factor = null;
  }

  synchronized BigInteger consume(BigInteger expectedModulus) {
    if (!modulus.equals(expectedModulus)) {
      throw new IllegalStateException("nonce was made for another Paillier key");
    }
    if (factor == null) {
      throw new IllegalStateException("nonce already used or destroyed");
    }
    BigInteger value = factor;
    factor = null;
    return value;
  }

  @Override
  public String toString() {
    return "PaillierNonce[<redacted>]";
  }
}
