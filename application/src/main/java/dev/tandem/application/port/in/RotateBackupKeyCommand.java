package dev.tandem.application.port.in;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.WalletId;

/**
 * @param walletId the wallet whose backup is re-encrypted: a backup of another wallet is refused
 * @param backup the current encrypted client backup share
 */
public record RotateBackupKeyCommand(
    IdempotencyKey idempotencyKey, WalletId walletId, EncryptedClientBackup backup) {
  public RotateBackupKeyCommand {
    Commands.require(idempotencyKey, "idempotencyKey");
    Commands.require(walletId, "walletId");
    Commands.require(backup, "backup");
  }
}
