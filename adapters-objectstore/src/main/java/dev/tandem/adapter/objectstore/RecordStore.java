package dev.tandem.adapter.objectstore;

import dev.tandem.adapter.objectstore.ObjectStore.StoredObject;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ShareRecordRepositoryPort;
import dev.tandem.domain.port.StoredRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link ShareRecordRepositoryPort} contract on an {@link ObjectStore}, for any record type:
 * one object per record, its store version as the {@link Version}.
 *
 * <ul>
 *   <li>{@link #create} is {@link ObjectStore#createIfAbsent}, {@link #replace} is {@link
 *       ObjectStore#replaceIfVersion} (a missing record, or a version the store never issued,
 *       never matches): the store decides each race, and exactly one write of a version wins.
 *   <li>A failed condition is first checked against what is stored: this call's own write,
 *       acknowledged late, succeeds; anything else is a {@link WriteConflictException}.
 *   <li>After a replace the older versions are deleted ({@link ConditionalWrites}); {@link #delete}
 *       deletes every version.
 *   <li>Listing skips names that are not legal ids (someone else's objects in the folder) and
 *       orders by creation time, then pair id.
 * </ul>
 */
final class RecordStore<K extends PairId, R extends StoredRecord<K>>
    implements ShareRecordRepositoryPort<K, R> {
  private final ConditionalWrites writes;
  private final ObjectStore store;
  private final ObjectKeys keys;
  private final RecordCodec<K, R> codec;
  private final Comparator<Versioned<R>> oldestFirst;

  RecordStore(ObjectStore store, StorageLayout layout, RecordCodec<K, R> codec) {
    this.writes = new ConditionalWrites(store);
    this.store = store;
    this.codec = Objects.requireNonNull(codec, "codec");
    this.keys = new ObjectKeys(layout, codec.type());
    Comparator<Versioned<R>> byCreation = Comparator.comparing(v -> codec.createdAt(v.value()));
    this.oldestFirst = byCreation.thenComparing(v -> v.value().pairId().value());
  }

  @Override
  public Version create(R record) {
    Objects.requireNonNull(record, "record");
    String name = name(record.walletId(), record.pairId());
    byte[] content = codec.encode(record, store.url(name));
    try {
      return new Version(store.createIfAbsent(name, content));
    } catch (PreconditionFailedException e) {
      return writes
          .ownWrite(name, content)
          .map(Version::new)
          .orElseThrow(
              () ->
                  new WriteConflictException(
                      describe(record) + " already exists (" + store.url(name) + ")", e));
    }
  }

  @Override
  public Optional<Versioned<R>> find(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    String name = name(walletId, pairId);
    return store.read(name).map(stored -> decode(stored, walletId, pairId, name));
  }

  @Override
  public Version replace(R record, Version expected) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(expected, "expected");
    String name = name(record.walletId(), record.pairId());
    byte[] content = codec.encode(record, store.url(name));
    String written;
    try {
      written = store.replaceIfVersion(name, content, expected.token());
    } catch (PreconditionFailedException e) {
      written =
          writes
              .ownWrite(name, content)
              .orElseThrow(
                  () ->
                      new WriteConflictException(
                          describe(record) + " (" + store.url(name) + ") is missing or no longer"
                              + " at version " + expected.token(),
                          e));
    }
    writes.deleteOlderCopies(name, describe(record), written);
    return new Version(written);
  }

  @Override
  public List<Versioned<R>> listByWallet(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    List<Versioned<R>> records = new ArrayList<>();
    for (String name : store.list(keys.walletFolder(walletId))) {
      Optional<K> pairId = keys.recordIdOf(walletId, name).flatMap(this::legalPairId);
      if (pairId.isEmpty()) {
        continue;
      }
      // Deleted between the listing and the read: it is simply no longer there.
      store.read(name).ifPresent(stored -> records.add(decode(stored, walletId, pairId.get(), name)));
    }
    records.sort(oldestFirst);
    return List.copyOf(records);
  }

  @Override
  public void delete(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    store.deleteEveryVersion(name(walletId, pairId));
  }

  private String name(WalletId walletId, K pairId) {
    return keys.recordKey(walletId, pairId.value());
  }

  private Versioned<R> decode(StoredObject stored, WalletId walletId, K pairId, String name) {
    return new Versioned<>(
        codec.decode(stored.content(), walletId, pairId, store.url(name)),
        new Version(stored.version()));
  }

  /** Empty for a name this core never writes (someone else's object in the folder). */
  private Optional<K> legalPairId(String value) {
    try {
      return Optional.of(codec.pairId(value));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private String describe(R record) {
    return codec.type().description() + " " + record.pairId() + " of wallet " + record.walletId();
  }
}
