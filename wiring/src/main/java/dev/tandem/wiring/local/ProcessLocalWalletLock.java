package dev.tandem.wiring.local;

import dev.tandem.domain.error.OperationInProgressException;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletLease;
import dev.tandem.domain.port.WalletLockPort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wallet leases in memory, for a custodian that runs in one JVM.
 *
 * <p>Guarantees: every operation is one atomic {@link ConcurrentMap#compute} on the wallet's entry,
 * so of concurrent acquires on a free wallet exactly one wins; a lease expires {@code ttl} after it
 * was granted or renewed, by the injected clock; each grant gets a fresh random token, so a holder
 * whose lease expired and was granted again cannot renew or release the new grant.
 */
public final class ProcessLocalWalletLock implements WalletLockPort {
  private final Clock clock;

  /** One entry per wallet ever leased; an expired grant stays until replaced or released. */
  private final ConcurrentMap<WalletId, Grant> grants = new ConcurrentHashMap<>();

  private record Grant(String token, Instant expiresAt) {}

  @Inject
  public ProcessLocalWalletLock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public WalletLease acquire(WalletId walletId, Duration ttl) {
    Objects.requireNonNull(walletId, "walletId");
    requirePositive(ttl);
    Instant now = clock.instant();
    Grant mine = new Grant(UUID.randomUUID().toString(), now.plus(ttl));
    Grant granted =
        grants.compute(
            walletId,
            (wallet, current) -> current == null || expired(current, now) ? mine : current);
    if (granted != mine) {
      throw new OperationInProgressException(walletId);
    }
    return new WalletLease(walletId, mine.token());
  }

  @Override
  public boolean renew(WalletLease lease, Duration ttl) {
    Objects.requireNonNull(lease, "lease");
    requirePositive(ttl);
    Instant now = clock.instant();
    Grant renewed = new Grant(lease.token(), now.plus(ttl));
    Grant result =
        grants.computeIfPresent(
            lease.walletId(),
            (wallet, current) ->
                current.token().equals(lease.token()) && !expired(current, now)
                    ? renewed
                    : current);
    return result == renewed;
  }

  @Override
  public void release(WalletLease lease) {
    Objects.requireNonNull(lease, "lease");
    grants.computeIfPresent(
        lease.walletId(),
        (wallet, current) -> current.token().equals(lease.token()) ? null : current);
  }

  private static boolean expired(Grant grant, Instant now) {
    return !now.isBefore(grant.expiresAt());
  }

  private static void requirePositive(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a lease's time-to-live must be positive");
    }
  }
}
