package dev.tandem.adapter.aws;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.StoredRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link dev.tandem.domain.port.ShareRecordRepositoryPort} contract on S3, for any record type:
 * one object per record, conditional writes, the ETag as the version, old versions purged after
 * every replace and on delete.
 */
final class S3RecordStore<K extends PairId, R extends StoredRecord<K>> {
  private final S3ObjectStore objects;
  private final ObjectKeys keys;
  private final RecordCodec<K, R> codec;

  S3RecordStore(S3ObjectStore objects, ObjectKeys keys, RecordCodec<K, R> codec) {
    this.objects = objects;
    this.keys = keys;
    this.codec = codec;
  }

  Version create(R record) {
    Objects.requireNonNull(record, "record");
    String key = keys.recordKey(record.walletId(), record.pairId().value());
    return new Version(objects.createIfAbsent(key, codec.encode(record, name(key))));
  }

  Optional<Versioned<R>> find(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    String key = keys.recordKey(walletId, pairId.value());
    return objects.get(key).map(object -> decode(object, walletId, pairId, key));
  }

  Version replace(R record, Version expected) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(expected, "expected");
    String key = keys.recordKey(record.walletId(), record.pairId().value());
    String etag = objects.replaceIfMatch(key, codec.encode(record, name(key)), expected.token());
    objects.purgeNoncurrentVersions(key);
    return new Version(etag);
  }

  List<Versioned<R>> listByWallet(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    List<Versioned<R>> records = new ArrayList<>();
    for (String key : objects.listKeys(keys.walletFolder(walletId))) {
      Optional<String> recordId = keys.recordIdOf(walletId, key);
      if (recordId.isEmpty()) {
        continue;
      }
      K pairId;
      try {
        pairId = codec.pairId(recordId.get());
      } catch (InvalidInputException strayObject) {
        // Not a name this adapter writes (someone else's object in the folder): not a record.
        continue;
      }
      // Deleted between the listing and the read: it is simply no longer there.
      objects.get(key).ifPresent(object -> records.add(decode(object, walletId, pairId, key)));
    }
    records.sort(
        Comparator.comparing((Versioned<R> v) -> codec.createdAt(v.value()))
            .thenComparing(v -> v.value().pairId().value()));
    return records;
  }

  void delete(WalletId walletId, K pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    objects.deleteEveryVersion(keys.recordKey(walletId, pairId.value()));
  }

  private Versioned<R> decode(S3ObjectStore.StoredObject object, WalletId walletId, K pairId, String key) {
    return new Versioned<>(
        codec.decode(object.body(), walletId, pairId, name(key)), new Version(object.etag()));
  }

  private String name(String key) {
    return "s3://" + objects.bucket() + "/" + key;
  }
}
