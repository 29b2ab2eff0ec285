package dev.tandem.application.port.in;

import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.WalletId;

/**
 * @param walletId the new wallet's id, chosen by the caller (see {@link #of} for a random one)
 * @param deviceLabel optional name of the device that keeps the first signing share
 */
public record CreateWalletCommand(
    IdempotencyKey idempotencyKey, WalletId walletId, String deviceLabel) {
  public CreateWalletCommand {
    Commands.require(idempotencyKey, "idempotencyKey");
    Commands.require(walletId, "walletId");
    DeviceLabel.requireValidOrNull(deviceLabel);
  }

  /** A command for a wallet with a fresh random id. */
  public static CreateWalletCommand of(IdempotencyKey idempotencyKey, String deviceLabel) {
    return new CreateWalletCommand(idempotencyKey, WalletId.random(), deviceLabel);
  }
}
