package dev.tandem.adapter.inmemory;

import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ShareRecordRepositoryPort;
import dev.tandem.domain.port.StoredRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The one implementation of {@link ShareRecordRepositoryPort} in memory, shared by the typed
 * repositories.
 *
 * <p>Guarantees:
 *
 * <ul>
 *   <li>Every operation is atomic: one read-write lock orders the writes, so of concurrent creates
 *       of a record, or concurrent replaces from one version, exactly one wins and the others get
 *       {@link WriteConflictException} with nothing written.
 *   <li>Versions come from a counter of this store and are never reused, not even for a record
 *       deleted and created again, so a version read before a delete never matches afterwards.
 *   <li>The store keeps its own deep copy of each record and hands out fresh copies, so a caller
 *       destroying its shares never touches the stored ones. A replaced or deleted copy is wiped at
 *       once: no earlier version of a secret stays behind (readers copy under the read lock, so a
 *       wipe never races a read).
 * </ul>
 *
 * @param <K> the pair id type
 * @param <R> the record type
 */
final class InMemoryShareRecordStore<K extends PairId, R extends StoredRecord<K>>
    implements ShareRecordRepositoryPort<K, R> {

  private final RecordKind<R> kind;
  private final Comparator<Versioned<R>> oldestFirst;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  /** Guarded by {@link #lock}. A wallet with no record has no entry. */
  private final Map<WalletId, Map<K, Versioned<R>>> recordsByWallet = new HashMap<>();
  /** Guarded by the write lock of {@link #lock}. */
  private long lastVersion;

  InMemoryShareRecordStore(RecordKind<R> kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    Comparator<Versioned<R>> byCreation = Comparator.comparing(v -> kind.createdAt(v.value()));
    this.oldestFirst = byCreation.thenComparing(v -> v.value().pairId().value());
  }

  @Override
  public Version create(R record) {
    Objects.requireNonNull(record, "record");
    R copy = kind.copyOf(record);
    Lock write = lock.writeLock();
    write.lock();
    try {
      Map<K, Versioned<R>> records =
          recordsByWallet.computeIfAbsent(record.walletId(), wallet -> new HashMap<>());
      if (!records.containsKey(record.pairId())) {
        Version version = nextVersion();
        records.put(record.pairId(), new Versioned<>(copy, version));
        return version;
      }
    } finally {
      write.unlock();
    }
    kind.wipe(copy);
    throw new WriteConflictException(describe(record) + " already exists");
  }

  @Override
  public Optional<Versioned<R>> find(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    Lock read = lock.readLock();
    read.lock();
    try {
      return Optional.ofNullable(stored(walletId, pairId)).map(this::copyOf);
    } finally {
      read.unlock();
    }
  }

  @Override
  public Version replace(R record, Version expected) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(expected, "expected");
    R copy = kind.copyOf(record);
    String conflict;
    Lock write = lock.writeLock();
    write.lock();
    try {
      Versioned<R> current = stored(record.walletId(), record.pairId());
      if (current == null) {
        conflict = " does not exist";
      } else if (!current.version().equals(expected)) {
        conflict = " is no longer at version " + expected.token();
      } else {
        Version version = nextVersion();
        recordsByWallet.get(record.walletId()).put(record.pairId(), new Versioned<>(copy, version));
        kind.wipe(current.value());
        return version;
      }
    } finally {
      write.unlock();
    }
    kind.wipe(copy);
    throw new WriteConflictException(describe(record) + conflict);
  }

  @Override
  public List<Versioned<R>> listByWallet(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    List<Versioned<R>> copies = new ArrayList<>();
    Lock read = lock.readLock();
    read.lock();
    try {
      Map<K, Versioned<R>> records = recordsByWallet.get(walletId);
      if (records != null) {
        records.values().forEach(stored -> copies.add(copyOf(stored)));
      }
    } finally {
      read.unlock();
    }
    copies.sort(oldestFirst);
    return List.copyOf(copies);
  }

  @Override
  public void delete(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    Lock write = lock.writeLock();
    write.lock();
    try {
      Map<K, Versioned<R>> records = recordsByWallet.get(walletId);
      if (records == null) {
        return;
      }
      Versioned<R> removed = records.remove(pairId);
      if (removed != null) {
        kind.wipe(removed.value());
      }
      if (records.isEmpty()) {
        recordsByWallet.remove(walletId);
      }
    } finally {
      write.unlock();
    }
  }

  /** Call with the read or write lock held. */
  private Versioned<R> stored(WalletId walletId, K pairId) {
    Map<K, Versioned<R>> records = recordsByWallet.get(walletId);
    return records == null ? null : records.get(pairId);
  }

  /** Call with the read or write lock held, so that no wipe runs during the copy. */
  private Versioned<R> copyOf(Versioned<R> stored) {
    return new Versioned<>(kind.copyOf(stored.value()), stored.version());
  }

  /** Call with the write lock held. */
  private Version nextVersion() {
    lastVersion++;
    return new Version(Long.toString(lastVersion));
  }

  private String describe(R record) {
    return kind.name() + " " + record.pairId() + " of wallet " + record.walletId();
  }
}
