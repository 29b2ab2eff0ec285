package dev.tandem.domain.port;

import dev.tandem.domain.model.WalletId;
import java.util.Objects;

/**
 * The right to modify one wallet, granted by {@link WalletLockPort#acquire} until it expires or is
 * released. The token is opaque and unique per grant, so a holder whose lease expired and was
 * granted to someone else cannot release or renew the newer lease.
 *
 * @param walletId the wallet the lease covers
 * @param token opaque, chosen by the lock; compared for equality only
 */
public record WalletLease(WalletId walletId, String token) {
  public WalletLease {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(token, "token");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("a lease token is never empty");
    }
  }

  /** The wallet only: the token is the holder's business. */
  @Override
  public String toString() {
    return "WalletLease[wallet=" + walletId + "]";
  }
}
