package dev.tandem.application.port.in;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.port.IdempotentResult;
import java.util.Objects;

/**
 * @param backup the client backup share encrypted under the new key: it replaces the old ciphertext
 * @param previousKeyId the key that was replaced
 * @param previousKeyDeleted false if the key storage failed to delete the old key: the old
 *     ciphertext then still opens, as before the rotation, until the key is deleted
 */
public record RotateBackupKeyResult(
    EncryptedClientBackup backup, BackupKeyId previousKeyId, boolean previousKeyDeleted)
    implements IdempotentResult {
  public RotateBackupKeyResult {
    Objects.requireNonNull(backup, "backup");
    Objects.requireNonNull(previousKeyId, "previousKeyId");
  }

  @Override
  public RotateBackupKeyResult copy() {
    return this;
  }

  @Override
  public void destroy() {}
}
