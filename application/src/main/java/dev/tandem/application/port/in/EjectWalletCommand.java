package dev.tandem.application.port.in;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.domain.model.WalletId;

/**
 * @param walletId the wallet to eject: a backup made for another wallet is refused
 * @param backup the encrypted client backup share the caller kept
 */
public record EjectWalletCommand(WalletId walletId, EncryptedClientBackup backup) {
  public EjectWalletCommand {
    Commands.require(walletId, "walletId");
    Commands.require(backup, "backup");
  }
}
