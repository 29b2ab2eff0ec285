package dev.tandem.domain.port;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import java.time.Instant;
import java.util.Objects;

/**
 * The durable fact that a wallet is frozen, as a {@link WalletFreezeRepositoryPort} keeps it. Holds
 * ids and a time only, nothing secret.
 *
 * @param walletId the frozen wallet
 * @param pairId the signing pair whose signature failed its final verification (or, for a freeze
 *     found in the records, the pair found frozen)
 * @param frozenAt when the custodian froze the wallet, which may be before the marker was stored
 */
public record WalletFreeze(WalletId walletId, SigningSharePairId pairId, Instant frozenAt) {
  public WalletFreeze {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(frozenAt, "frozenAt");
  }
}
