package dev.tandem.application.port.in;

import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import java.util.Objects;

/**
 * @param previousStatus the status before the call
 * @param status the status now: {@code REVOKED}, or {@code FROZEN} for a frozen pair
 */
public record RevokeSigningSharePairResult(
    WalletId walletId, SigningSharePairId pairId, PairStatus previousStatus, PairStatus status) {
  public RevokeSigningSharePairResult {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(previousStatus, "previousStatus");
    Objects.requireNonNull(status, "status");
  }

  /** Whether this call revoked the pair (false if it was already revoked or frozen). */
  public boolean changed() {
    return previousStatus != status;
  }
}
