package dev.tandem.application.port.in;

import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.SecretBytes;

/** Independent copies of client shares, for results that an idempotency store keeps. */
final class ShareCopies {
  private ShareCopies() {}

  /** The revealed array is adopted by the copy, so no stray copy of the material is left. */
  static ClientSigningShare copyOf(ClientSigningShare share) {
    return new ClientSigningShare(
        share.walletId(),
        share.pairId(),
        share.publicKey(),
        SecretBytes.adopt(share.material().revealCopy()));
  }
}
