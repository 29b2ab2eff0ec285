package dev.tandem.domain.port;

import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import java.util.List;
import java.util.Optional;

/**
 * Custodian records kept per wallet and pair, with conditional writes so that two writers never
 * silently overwrite each other.
 *
 * <p>Contract, which every adapter passes through the shared contract suite:
 *
 * <ul>
 *   <li>{@link #create} writes only if no record exists for (wallet, pair); otherwise it throws
 *       {@link dev.tandem.domain.error.WriteConflictException} and writes nothing. Of many
 *       concurrent creates of one record, exactly one wins.
 *   <li>{@link #replace} writes only if the stored version is the one given; otherwise (changed or
 *       missing) it throws {@code WriteConflictException}. Of many concurrent replaces from the same
 *       version, exactly one wins. After a replace, no earlier version of the record remains in
 *       storage: replacing a share by a record without it (revocation) leaves no copy behind.
 *   <li>{@link #delete} removes every stored version; deleting a missing record does nothing.
 *   <li>Transient backend failures throw {@link dev.tandem.domain.error.StorageUnavailableException};
 *       refused configuration throws {@link dev.tandem.domain.error.StorageMisconfiguredException}.
 * </ul>
 *
 * @param <K> the pair id type
 * @param <R> the record type
 */
public interface ShareRecordRepositoryPort<K extends PairId, R extends StoredRecord<K>> {

  /** Stores a new record; returns its version. */
  Version create(R record);

  Optional<Versioned<R>> find(WalletId walletId, K pairId);

  /** Replaces the record if its stored version is still {@code expected}; returns the new version. */
  Version replace(R record, Version expected);

  /** Every record of the wallet, oldest first (by creation time, then pair id). */
  List<Versioned<R>> listByWallet(WalletId walletId);

  /** Removes the record and every stored version of it. */
  void delete(WalletId walletId, K pairId);
}
