package dev.tandem.application.port.in;

import dev.tandem.domain.model.WalletId;

public record ListSigningSharePairsCommand(WalletId walletId) {
  public ListSigningSharePairsCommand {
    Commands.require(walletId, "walletId");
  }
}
