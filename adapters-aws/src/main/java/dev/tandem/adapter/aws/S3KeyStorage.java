package dev.tandem.adapter.aws;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.NotFoundException;
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
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Backup encryption keys on S3, one JSON object per key under {@code
 * <prefix>backup-keys/<walletId>/<keyId>.json}, the key sealed under the KMS key (see the package
 * documentation for the scheme).
 *
 * <p>Guarantees: a create is conditional on S3 itself ({@code If-None-Match: *}), so of racing
 * creates under one id exactly one wins and the others get {@link
 * dev.tandem.domain.error.WriteConflictException}; a delete removes every version of the object;
 * {@link #get} opens a fresh copy each time.
 */
public final class S3KeyStorage implements KeyStoragePort {
  private static final RecordType TYPE = RecordType.BACKUP_KEY;

  private final S3ObjectStore objects;
  private final ObjectKeys keys;
  private final KmsEnvelope envelope;

  @Inject
  public S3KeyStorage(S3Client s3, KmsClient kms, AwsStorageSettings settings) {
    this.objects = new S3ObjectStore(s3, settings.bucket());
    this.keys = new ObjectKeys(settings.keyPrefix(), TYPE);
    this.envelope = new KmsEnvelope(kms, settings.kmsKeyId(), new SecureRandom());
  }

  @Override
  public void create(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey key) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    String objectKey = keys.recordKey(walletId, keyId.value());
    String name = name(objectKey);
    String writeId = DocumentMapper.newWriteId();
    RecordBinding binding = binding(DocumentMapper.FORMAT, writeId, walletId, keyId);
    BackupKeyDocument document =
        new BackupKeyDocument(
            DocumentMapper.FORMAT,
            writeId,
            walletId.value(),
            keyId.value(),
            envelope.seal(binding, key.secret(), name));
    objects.createIfAbsent(objectKey, DocumentMapper.write(document));
  }

  @Override
  public BackupEncryptionKey get(WalletId walletId, BackupKeyId keyId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    String objectKey = keys.recordKey(walletId, keyId.value());
    String name = name(objectKey);
    S3ObjectStore.StoredObject object =
        objects.get(objectKey).orElseThrow(() -> NotFoundException.encryptionKey(walletId, keyId));
    BackupKeyDocument document = DocumentMapper.read(object.body(), BackupKeyDocument.class, name);
    DocumentMapper.requireFormat(document.format(), name);
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
    for (String objectKey : objects.listKeys(keys.walletFolder(walletId))) {
      Optional<String> id = keys.recordIdOf(walletId, objectKey);
      if (id.isEmpty()) {
        continue;
      }
      try {
        ids.add(BackupKeyId.of(id.get()));
      } catch (InvalidInputException strayObject) {
        // Not a name this adapter writes (someone else's object in the folder): not a key.
      }
    }
    return ids;
  }

  /**
   * Every clear-text field of a {@link BackupKeyDocument}: what the key's seal authenticates.
   * Sealing and opening both build it here, opening from the values as parsed.
   */
  private static RecordBinding binding(
      int format, String writeId, WalletId walletId, BackupKeyId keyId) {
    return RecordBinding.of(TYPE, walletId, keyId.value())
        .withNumber("format", format)
        .withText("writeId", writeId);
  }

  private String name(String objectKey) {
    return "s3://" + objects.bucket() + "/" + objectKey;
  }
}
