package dev.tandem.application.port.in;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;

public record RevokeSigningSharePairCommand(WalletId walletId, SigningSharePairId pairId) {
  public RevokeSigningSharePairCommand {
    Commands.require(walletId, "walletId");
    Commands.require(pairId, "pairId");
  }
}
