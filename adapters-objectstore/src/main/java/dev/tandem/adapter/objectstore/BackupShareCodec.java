package dev.tandem.adapter.objectstore;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.SecretBytes;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * {@link CustodianBackupShareRecord} to and from a {@link BackupRecordDocument}. A backup record
 * always keeps its share, and every field of the document is bound into the share's seal ({@link
 * #binding}).
 */
final class BackupShareCodec implements RecordCodec<BackupSharePairId, CustodianBackupShareRecord> {
  private static final RecordType TYPE = RecordType.BACKUP_SHARE;

  private final StorageLayout layout;
  private final SealedEnvelope envelope;

  BackupShareCodec(StorageLayout layout, SealedEnvelope envelope) {
    this.layout = layout;
    this.envelope = envelope;
  }

  @Override
  public RecordType type() {
    return TYPE;
  }

  @Override
  public BackupSharePairId pairId(String value) {
    return BackupSharePairId.of(value);
  }

  @Override
  public byte[] encode(CustodianBackupShareRecord record, String objectName) {
    String writeId = DocumentMapper.newWriteId();
    RecordBinding binding =
        binding(
            layout.format(),
            writeId,
            record.walletId(),
            record.pairId(),
            record.method(),
            record.status(),
            record.keyId(),
            record.createdAt(),
            record.updatedAt(),
            record.share().publicKey());
    return DocumentMapper.write(
        new BackupRecordDocument(
            layout.format(),
            writeId,
            record.walletId().value(),
            record.pairId().value(),
            record.method().name(),
            record.status().name(),
            record.keyId().value(),
            record.createdAt().toString(),
            record.updatedAt().toString(),
            EncryptedShares.seal(envelope, binding, record.share(), objectName)));
  }

  @Override
  public CustodianBackupShareRecord decode(
      byte[] body, WalletId walletId, BackupSharePairId pairId, String objectName) {
    BackupRecordDocument doc = DocumentMapper.read(body, BackupRecordDocument.class, layout, objectName);
    DocumentMapper.requireField("wallet id", doc.walletId(), walletId.value(), objectName);
    DocumentMapper.requireField("pair id", doc.pairId(), pairId.value(), objectName);
    if (doc.share() == null) {
      throw DocumentMapper.invalid(objectName, "holds a backup record without its share");
    }
    BackupMethod method;
    PairStatus status;
    BackupKeyId keyId;
    Instant createdAt;
    Instant updatedAt;
    try {
      method = BackupMethod.valueOf(doc.method());
      status = PairStatus.valueOf(doc.status());
      keyId = BackupKeyId.of(doc.keyId());
      createdAt = Instant.parse(doc.createdAt());
      updatedAt = Instant.parse(doc.updatedAt());
    } catch (IllegalArgumentException
        | NullPointerException
        | DateTimeException
        | InvalidInputException e) {
      throw DocumentMapper.invalid(objectName, "holds an unreadable method, status, key id or time");
    }
    PublicKey publicKey = EncryptedShares.publicKey(doc.share(), objectName);
    RecordBinding binding =
        binding(
            doc.format(),
            doc.writeId(),
            walletId,
            pairId,
            method,
            status,
            keyId,
            createdAt,
            updatedAt,
            publicKey);
    SecretBytes material = EncryptedShares.openMaterial(envelope, binding, doc.share(), objectName);
    CustodianBackupShare share = new CustodianBackupShare(walletId, pairId, publicKey, material);
    try {
      return CustodianBackupShareRecord.restore(share, method, status, keyId, createdAt, updatedAt);
    } catch (IllegalArgumentException e) {
      share.destroy();
      throw DocumentMapper.invalid(objectName, "holds an inconsistent record: " + e.getMessage());
    }
  }

  @Override
  public Instant createdAt(CustodianBackupShareRecord record) {
    return record.createdAt();
  }

  /**
   * Every clear-text field of a {@link BackupRecordDocument}, in document order: what the share's
   * seal authenticates. Sealing and opening both build it here, opening from the values as parsed.
   */
  private RecordBinding binding(
      int format,
      String writeId,
      WalletId walletId,
      BackupSharePairId pairId,
      BackupMethod method,
      PairStatus status,
      BackupKeyId keyId,
      Instant createdAt,
      Instant updatedAt,
      PublicKey publicKey) {
    return RecordBinding.of(layout, TYPE, walletId, pairId.value())
        .withNumber("format", format)
        .withText("writeId", writeId)
        .withText("method", method.name())
        .withText("status", status.name())
        .withText("keyId", keyId.value())
        .withInstant("createdAt", createdAt)
        .withInstant("updatedAt", updatedAt)
        .withPublicKey("share.publicKey", publicKey);
  }
}
