package dev.tandem.domain.port;

import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;

/**
 * Checks ECDSA signatures with code that shares nothing with the signing path, as a relying party
 * (a dApp, a contract's {@code ecrecover}) would: plain verification against a public key, and
 * recovery of the public key from (r, s, recovery id).
 *
 * <p>Only low-s signatures are accepted (the form Ethereum requires); a {@link Signature} is low-s
 * by construction, and an implementation checks it again.
 */
public interface SignatureVerifierPort {

  /**
   * Whether (r, s) is a valid low-s ECDSA signature of {@code hash} under {@code publicKey}. The
   * recovery id is not consulted: {@link #recover} is the check that uses it.
   *
   * @return false for any signature that does not verify, including one on another curve than the
   *     key's
   */
  boolean verifies(PublicKey publicKey, MessageHash hash, Signature signature);

  /**
   * The public key that {@code signature} over {@code hash} recovers to, using its recovery id (SEC
   * 1 v2 §4.1.6). The recovered key is the signer's only if the signature is genuine: compare it (or
   * its address) with the expected signer.
   *
   * @throws dev.tandem.domain.error.InvalidInputException if no public key recovers from it (the
   *     nonce point its r and recovery id name is not on the curve, or the result is the point at
   *     infinity), or if its curve is not supported
   */
  PublicKey recover(MessageHash hash, Signature signature);
}
