package dev.tandem.application.port.in;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.WalletId;

/**
 * @param walletId the wallet being recovered: a backup made for another wallet is refused
 * @param backup the encrypted client backup share the caller kept
 * @param deviceLabel optional name of the device that keeps the new signing share
 */
public record RecoverWalletCommand(
    IdempotencyKey idempotencyKey,
    WalletId walletId,
    EncryptedClientBackup backup,
    String deviceLabel) {
  public RecoverWalletCommand {
    Commands.require(idempotencyKey, "idempotencyKey");
    Commands.require(walletId, "walletId");
    Commands.require(backup, "backup");
    DeviceLabel.requireValidOrNull(deviceLabel);
  }
}
