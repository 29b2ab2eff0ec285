package dev.tandem.adapter.objectstore;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.SecretBytes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Backup encryption keys on an {@link ObjectStore}, one JSON object per key under {@code
 * <prefix>backup-keys/<walletId>/<keyId><suffix>}, the key sealed in an envelope whose data key the
 * {@link KeyWrapper} wraps (the format: the module README).
 *
 * <p>Guarantees: a create is conditional on the store itself, so of racing creates under one id
 * exactly one wins and the others get {@link WriteConflictException}; a create whose answer was
 * lost and that met itself on retry succeeds; a delete removes every version of the object; {@link
 * #get} opens a fresh copy each time. Thread-safe.
 */
public final class ObjectStoreKeyStorage implements KeyStoragePort {
  private static final RecordType TYPE = RecordType.BACKUP_KEY;

  private final ObjectStore objects;
  private final ConditionalWrites writes;
  private final StorageLayout layout;
  private final ObjectKeys keys;
  private final SealedEnvelope envelope;

  @Inject
  public ObjectStoreKeyStorage(
      ObjectStore objects, KeyWrapper wrapper, StorageLayout layout, SecureRandom random) {
    this.objects = Objects.requireNonNull(objects, "objects");
    this.writes = new ConditionalWrites(objects);
    this.layout = Objects.requireNonNull(layout, "layout");
    this.keys = new ObjectKeys(layout, TYPE);
    this.envelope = new SealedEnvelope(wrapper, random);
  }

  @Override
  public void create(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey key) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    String objectKey = keys.recordKey(walletId, keyId.value());
    String name = objects.url(objectKey);
    String writeId = DocumentMapper.newWriteId();
    RecordBinding binding = binding(layout.format(), writeId, walletId, keyId);
    byte[] content =
        DocumentMapper.write(
            new BackupKeyDocument(
                layout.format(),
                writeId,
                walletId.value(),
                keyId.value(),
                envelope.seal(binding, key.secret(), name)));
    try {
      objects.createIfAbsent(objectKey, content);
    } catch (PreconditionFailedException e) {
      if (writes.ownWrite(objectKey, content).isEmpty()) {
        throw new WriteConflictException(
            "backup encryption key " + keyId + " of wallet " + walletId + " already exists ("
                + name + ")",
            e);
      }
    }
  }

  @Override
  public BackupEncryptionKey get(WalletId walletId, BackupKeyId keyId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    String objectKey = keys.recordKey(walletId, keyId.value());
    String name = objects.url(objectKey);
    ObjectStore.StoredObject object =
        objects.read(objectKey).orElseThrow(() -> NotFoundException.encryptionKey(walletId, keyId));
    BackupKeyDocument document =
        DocumentMapper.read(object.content(), BackupKeyDocument.class, layout, name);
    DocumentMapper.requireField("wallet id", document.walletId(), walletId.value(), name);
    DocumentMapper.requireField("key id", document.keyId(), keyId.value(), name);
    if (document.encryptedKey() == null) {
      throw DocumentMapper.invalid(name, "holds no key");
    }
    SecretBytes secret =
        envelope.open(
            binding(document.format(), document.writeId(), walletId, keyId),
            document.encryptedKey(),
            name);
    if (secret.length() != BackupEncryptionKey.LENGTH) {
      secret.destroy();
      throw DocumentMapper.invalid(name, "holds a key of the wrong length");
    }
    return BackupEncryptionKey.of(secret);
  }

  @Override
  public void delete(WalletId walletId, BackupKeyId keyId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    objects.deleteEveryVersion(keys.recordKey(walletId, keyId.value()));
  }

  @Override
  public List<BackupKeyId> list(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    List<BackupKeyId> ids = new ArrayList<>();
    for (String objectKey : objects.list(keys.walletFolder(walletId))) {
      keys.recordIdOf(walletId, objectKey).flatMap(ObjectStoreKeyStorage::legalKeyId)
          .ifPresent(ids::add);
    }
    return List.copyOf(ids);
  }

  /** Empty for a name this core never writes (someone else's object in the folder). */
  private static Optional<BackupKeyId> legalKeyId(String value) {
    try {
      return Optional.of(BackupKeyId.of(value));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  /**
   * Every clear-text field of a {@link BackupKeyDocument}: what the key's seal authenticates.
   * Sealing and opening both build it here, opening from the values as parsed.
   */
  private RecordBinding binding(int format, String writeId, WalletId walletId, BackupKeyId keyId) {
    return RecordBinding.of(layout, TYPE, walletId, keyId.value())
        .withNumber("format", format)
        .withText("writeId", writeId);
  }
}
