package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.paillier.PaillierPublicKey;

/** Size bounds shared by the message parsers (checked before anything is allocated). */
final class Messages {

  /** Largest Paillier or ring-Pedersen modulus a message may carry. */
  static final int MAX_MODULUS_BITS = PaillierPublicKey.MAXIMUM_MODULUS_BITS;

  /** Largest Paillier ciphertext a message may carry (below N² for the largest N). */
  static final int MAX_CIPHERTEXT_BITS = 2 * MAX_MODULUS_BITS;

  private Messages() {}
}
