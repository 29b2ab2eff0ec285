package dev.tandem.domain.port;

import dev.tandem.domain.model.WalletId;
import java.time.Duration;

/**
 * One modification per wallet at a time: a lease that a custodian takes for every modifying session
 * (create, backup, provision, recover, revoke, key rotation) and releases when the session ends.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #acquire} grants a lease if nobody holds an unexpired lease on the wallet, otherwise
 *       it throws {@link dev.tandem.domain.error.OperationInProgressException}. Of many concurrent
 *       acquires on one free wallet, exactly one wins.
 *   <li>A lease expires by itself {@code ttl} after it was granted or last renewed, as the lock's
 *       own clock measures it, so a holder that dies never keeps a wallet locked for good. An
 *       expired lease is free for anyone to acquire.
 *   <li>{@link #renew} and {@link #release} act only on the grant the given lease names (its
 *       token): a stale holder, whose lease expired and was granted again, changes nothing.
 *   <li>Leases are a first line of defence: the repositories' conditional writes still make a lost
 *       race a {@code CONCURRENT_MODIFICATION}, never an overwrite.
 * </ul>
 */
public interface WalletLockPort {

  /**
   * Leases {@code walletId} for {@code ttl}.
   *
   * @throws dev.tandem.domain.error.OperationInProgressException if another unexpired lease holds
   *     it
   * @throws IllegalArgumentException if {@code ttl} is not positive
   */
  WalletLease acquire(WalletId walletId, Duration ttl);

  /**
   * Extends the lease to {@code ttl} from now, if it is still the current, unexpired grant.
   *
   * @return false if the lease expired or was released (the caller no longer holds the wallet)
   */
  boolean renew(WalletLease lease, Duration ttl);

  /** Frees the wallet if {@code lease} is still its current grant; otherwise does nothing. */
  void release(WalletLease lease);
}
