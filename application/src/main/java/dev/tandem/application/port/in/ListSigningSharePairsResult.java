package dev.tandem.application.port.in;

import dev.tandem.domain.model.WalletId;
import java.util.List;
import java.util.Objects;

/**
 * @param pairs oldest first
 */
public record ListSigningSharePairsResult(WalletId walletId, List<SigningSharePairSummary> pairs) {
  public ListSigningSharePairsResult {
    Objects.requireNonNull(walletId, "walletId");
    pairs = List.copyOf(pairs);
  }
}
