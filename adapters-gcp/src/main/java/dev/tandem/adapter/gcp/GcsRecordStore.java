package dev.tandem.adapter.gcp;

import dev.tandem.adapter.gcp.GcsObjectStore.StoredObject;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ShareRecordRepositoryPort;
import dev.tandem.domain.port.StoredRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ShareRecordRepositoryPort} on a {@link GcsObjectStore}, shared by the typed repositories:
 * one object per record, its generation as the {@link Version}.
 *
 * <ul>
 *   <li>{@link #create}: {@code ifGenerationMatch=0}. {@link #replace}: {@code
 *       ifGenerationMatch=<expected>}, so a missing record never matches. Cloud Storage decides each
 *       race: exactly one conditional write of a generation wins.
 *   <li>A precondition failure is first checked against what is stored: if the stored bytes are
 *       the very bytes this call wrote (they hold fresh random nonces, so no other write makes
 *       them), the write landed and the failure answered the SDK's retry of it, so the call
 *       succeeds. Otherwise it is a {@link WriteConflictException}.
 *   <li>After a replace, older generations are deleted, so that a bucket with object versioning
 *       keeps no copy of a replaced share (revocation). If that clean-up fails the replace has
 *       landed anyway; the error says so, and the next replace or delete of the record cleans up.
 *   <li>{@link #delete} deletes every generation.
 * </ul>
 */
final class GcsRecordStore<K extends PairId, R extends StoredRecord<K>>
    implements ShareRecordRepositoryPort<K, R> {
  private final GcsObjectStore store;
  private final RecordCodec<K, R> codec;
  private final ObjectNames names;
  private final Comparator<Versioned<R>> oldestFirst;

  GcsRecordStore(GcsObjectStore store, GcsLocation location, RecordCodec<K, R> codec) {
    this.store = Objects.requireNonNull(store, "store");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.names = new ObjectNames(location, codec.type());
    Comparator<Versioned<R>> byCreation = Comparator.comparing(v -> codec.createdAt(v.value()));
    this.oldestFirst = byCreation.thenComparing(v -> v.value().pairId().value());
  }

  @Override
  public Version create(R record) {
    Objects.requireNonNull(record, "record");
    String name = name(record.walletId(), record.pairId());
    byte[] content = codec.encode(record);
    try {
      return version(store.createIfAbsent(name, content));
    } catch (GenerationMismatchException e) {
      return ownWrite(name, content)
          .orElseThrow(() -> new WriteConflictException(describe(record) + " already exists", e));
    }
  }

  @Override
  public Optional<Versioned<R>> find(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    String name = name(walletId, pairId);
    return store.read(name).map(stored -> decode(stored, name, walletId, pairId));
  }

  @Override
  public Version replace(R record, Version expected) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(expected, "expected");
    String name = name(record.walletId(), record.pairId());
    long expectedGeneration = generation(expected, record);
    byte[] content = codec.encode(record);
    long written;
    try {
      written = store.replaceIfGeneration(name, content, expectedGeneration);
    } catch (GenerationMismatchException e) {
      Version own =
          ownWrite(name, content)
              .orElseThrow(
                  () ->
                      new WriteConflictException(
                          describe(record) + " is missing or no longer at version "
                              + expected.token(),
                          e));
      written = Long.parseLong(own.token());
    }
    try {
      store.deleteGenerationsBefore(name, written);
    } catch (StorageUnavailableException e) {
      throw new StorageUnavailableException(
          describe(record) + " was replaced (version " + written + ") but older copies remain;"
              + " the next replace or delete of it removes them",
          e);
    }
    return version(written);
  }

  @Override
  public List<Versioned<R>> listByWallet(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    List<Versioned<R>> records = new ArrayList<>();
    for (String name : store.listNames(names.walletPrefix(walletId))) {
      Optional<K> pairId = names.recordId(walletId, name).flatMap(this::legalPairId);
      if (pairId.isEmpty()) {
        continue;
      }
      // Deleted since it was listed: not a record any more.
      store.read(name).ifPresent(stored -> records.add(decode(stored, name, walletId, pairId.get())));
    }
    records.sort(oldestFirst);
    return List.copyOf(records);
  }

  @Override
  public void delete(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    store.deleteAllGenerations(name(walletId, pairId));
  }

  private String name(WalletId walletId, K pairId) {
    return names.name(walletId, pairId.value());
  }

  /** The version of what is stored, if it is byte for byte what this call wrote. */
  private Optional<Version> ownWrite(String name, byte[] content) {
    return store
        .read(name)
        .filter(stored -> Arrays.equals(stored.content(), content))
        .map(stored -> version(stored.generation()));
  }

  private Versioned<R> decode(StoredObject stored, String name, WalletId walletId, K pairId) {
    try {
      return new Versioned<>(
          codec.decode(stored.content(), walletId, pairId), version(stored.generation()));
    } catch (UnreadableDocumentException e) {
      throw new StoredDataInvalidException(
          "object " + store.url(name) + " is not a readable " + codec.type().description()
              + ": " + e.getMessage(),
          e);
    }
  }

  private Optional<K> legalPairId(String value) {
    try {
      return Optional.of(codec.pairId(value));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  private long generation(Version version, R record) {
    try {
      long generation = Long.parseLong(version.token());
      if (generation > 0) {
        return generation;
      }
    } catch (NumberFormatException e) {
      // Not a generation: it cannot be the version of anything stored here.
    }
    throw new WriteConflictException(
        describe(record) + " was never at version " + version.token()
            + " (not a Cloud Storage generation)");
  }

  private static Version version(long generation) {
    return new Version(Long.toString(generation));
  }

  private String describe(R record) {
    return codec.type().description() + " " + record.pairId() + " of wallet " + record.walletId();
  }
}
