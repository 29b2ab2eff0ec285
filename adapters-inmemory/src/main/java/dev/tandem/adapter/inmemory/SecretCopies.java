package dev.tandem.adapter.inmemory;

import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;

/**
 * Deep copies of secret holders, so that what an adapter stores and what a caller holds never share
 * bytes: destroying one never destroys the other.
 */
final class SecretCopies {
  private SecretCopies() {}

  /** A new holder of the same bytes. The revealed array is adopted, so no stray copy is left. */
  static SecretBytes copyOf(SecretBytes secret) {
    return SecretBytes.adopt(secret.revealCopy());
  }

  static BackupEncryptionKey copyOf(BackupEncryptionKey key) {
    return BackupEncryptionKey.of(copyOf(key.secret()));
  }

  static CustodianSigningShare copyOf(CustodianSigningShare share) {
    return new CustodianSigningShare(
        share.walletId(), share.pairId(), share.publicKey(), copyOf(share.material()));
  }

  static CustodianBackupShare copyOf(CustodianBackupShare share) {
    return new CustodianBackupShare(
        share.walletId(), share.pairId(), share.publicKey(), copyOf(share.material()));
  }
}
