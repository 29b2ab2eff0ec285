package dev.tandem.application.port.in;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.port.IdempotentResult;
import java.util.List;
import java.util.Objects;

/**
 * A completed backup. Holds no secret: the ciphertext is useless without the key in the user's key
 * storage.
 *
 * @param backup the encrypted client backup share, for the caller to keep
 * @param keysNotDeleted keys of older backups that the key storage failed to delete; they open
 *     nothing any more (their custodian halves are gone) and may be deleted later
 */
public record BackupWalletResult(EncryptedClientBackup backup, List<BackupKeyId> keysNotDeleted)
    implements IdempotentResult {
  public BackupWalletResult {
    Objects.requireNonNull(backup, "backup");
    keysNotDeleted = List.copyOf(keysNotDeleted);
  }

  @Override
  public BackupWalletResult copy() {
    return this;
  }

  @Override
  public void destroy() {}
}
