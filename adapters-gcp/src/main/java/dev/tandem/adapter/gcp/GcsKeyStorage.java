package dev.tandem.adapter.gcp;

import com.google.cloud.storage.Storage;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Backup encryption keys on Cloud Storage: one object per key, {@code
 * <prefix>backup-keys/<walletId>/<keyId>}, a JSON document holding the key sealed by the local
 * envelope (see the package documentation).
 *
 * <p>{@link #create} writes with {@code ifGenerationMatch=0}, so of concurrent creates under one id
 * Cloud Storage lets exactly one through; the others get {@link WriteConflictException}. {@link
 * #delete} deletes every generation of the object. Thread-safe.
 */
public final class GcsKeyStorage implements KeyStoragePort {
  private final GcsObjectStore store;
  private final ObjectNames names;
  private final BackupKeyCodec codec;

  @Inject
  public GcsKeyStorage(Storage storage, GcsLocation location, KeyEncryptionKey kek) {
    this(new CloudStorageObjectStore(storage, location), location, kek, new SecureRandom());
  }

  GcsKeyStorage(
      GcsObjectStore store, GcsLocation location, KeyEncryptionKey kek, SecureRandom random) {
    this.store = Objects.requireNonNull(store, "store");
    this.names = new ObjectNames(location, RecordType.BACKUP_KEY);
    this.codec = new BackupKeyCodec(new DocumentMapper(new LocalEnvelope(kek, random)));
  }

  @Override
  public void create(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey key) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    String name = names.name(walletId, keyId.value());
    byte[] content = codec.encode(walletId, keyId, key);
    try {
      store.createIfAbsent(name, content);
    } catch (GenerationMismatchException e) {
      boolean ownWrite =
          store.read(name).filter(stored -> Arrays.equals(stored.content(), content)).isPresent();
      if (!ownWrite) {
        throw new WriteConflictException(
            "backup encryption key " + keyId + " of wallet " + walletId + " already exists", e);
      }
    }
  }

  @Override
  public BackupEncryptionKey get(WalletId walletId, BackupKeyId keyId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    String name = names.name(walletId, keyId.value());
    GcsObjectStore.StoredObject stored =
        store.read(name).orElseThrow(() -> NotFoundException.encryptionKey(walletId, keyId));
    try {
      return codec.decode(stored.content(), walletId, keyId);
    } catch (UnreadableDocumentException e) {
      throw new StoredDataInvalidException(
          "object " + store.url(name) + " is not a readable backup encryption key: "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public void delete(WalletId walletId, BackupKeyId keyId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    store.deleteAllGenerations(names.name(walletId, keyId.value()));
  }

  @Override
  public List<BackupKeyId> list(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    List<BackupKeyId> keyIds = new ArrayList<>();
    for (String name : store.listNames(names.walletPrefix(walletId))) {
      names.recordId(walletId, name).flatMap(GcsKeyStorage::legalKeyId).ifPresent(keyIds::add);
    }
    return List.copyOf(keyIds);
  }

  private static Optional<BackupKeyId> legalKeyId(String value) {
    try {
      return Optional.of(BackupKeyId.of(value));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }
}
