package dev.tandem.domain.port;

import dev.tandem.domain.model.WalletId;
import java.util.Optional;

/**
 * Durable per-wallet freeze markers: once a wallet has one, every custodian on the same storage,
 * including one started afterwards, refuses to sign, back up, provision or recover it.
 *
 * <p>Contract, which every adapter passes through the shared contract suite:
 *
 * <ul>
 *   <li>{@link #createIfAbsent} stores the marker only if the wallet has none (a conditional create
 *       on the storage itself, never a read followed by a write). It is idempotent: on a frozen
 *       wallet it writes nothing, keeps the first marker as it is, and returns false; it never
 *       throws {@link dev.tandem.domain.error.WriteConflictException}. Of many concurrent calls for
 *       one wallet, exactly one returns true and every caller then finds that one marker.
 *   <li>{@link #find} returns the marker from storage, to any adapter instance on the same storage.
 *   <li>Markers of different wallets are independent, whatever their ids share.
 *   <li>There is no delete: no request of Tandem lifts a freeze. Lifting one is an operator's
 *       deliberate act on the storage itself, after an investigation.
 *   <li>Transient backend failures throw {@link
 *       dev.tandem.domain.error.StorageUnavailableException}; refused configuration throws {@link
 *       dev.tandem.domain.error.StorageMisconfiguredException}; a stored marker that cannot be read
 *       throws {@link dev.tandem.domain.error.StoredDataInvalidException} (the caller must then
 *       treat the wallet as refused, not as unfrozen).
 * </ul>
 */
public interface WalletFreezeRepositoryPort {

  /**
   * Stores {@code freeze} unless its wallet is already frozen.
   *
   * @return true if this call stored it, false if the wallet already had a marker (kept unchanged)
   */
  boolean createIfAbsent(WalletFreeze freeze);

  /** The wallet's marker, or empty if it is not frozen. */
  Optional<WalletFreeze> find(WalletId walletId);
}
