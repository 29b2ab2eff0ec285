package dev.tandem.adapter.gcp;

import static dev.tandem.adapter.gcp.DocumentMapper.enumValue;
import static dev.tandem.adapter.gcp.DocumentMapper.instant;

import dev.tandem.adapter.gcp.Documents.BackupShareDocument;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.SecretBytes;
import java.time.Instant;
import java.util.Objects;

/**
 * Custodian backup share records as {@link BackupShareDocument}s. A backup record always keeps its
 * share, and every field of the document is bound into the share's seal ({@link #binding}).
 */
final class BackupShareCodec implements RecordCodec<BackupSharePairId, CustodianBackupShareRecord> {
  private final DocumentMapper mapper;

  BackupShareCodec(DocumentMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public RecordType type() {
    return RecordType.BACKUP_SHARE;
  }

  @Override
  public BackupSharePairId pairId(String value) {
    return BackupSharePairId.of(value);
  }

  @Override
  public byte[] encode(CustodianBackupShareRecord record) {
    CustodianBackupShare share = record.share();
    RecordBinding binding =
        binding(
            RecordCodec.binding(type(), record.walletId(), record.pairId()),
            Documents.FORMAT,
            record.method(),
            record.status(),
            record.keyId(),
            record.createdAt(),
            record.updatedAt(),
            share.publicKey());
    return mapper.write(
        new BackupShareDocument(
            Documents.FORMAT,
            type().label(),
            record.walletId().value(),
            record.pairId().value(),
            record.method().name(),
            record.status().name(),
            record.keyId().value(),
            record.createdAt().toString(),
            record.updatedAt().toString(),
            mapper.shareDocument(share.publicKey(), share.material(), binding)));
  }

  @Override
  public CustodianBackupShareRecord decode(
      byte[] content, WalletId walletId, BackupSharePairId pairId)
      throws UnreadableDocumentException {
    BackupShareDocument document = mapper.read(content, BackupShareDocument.class);
    RecordBinding identity = RecordCodec.binding(type(), walletId, pairId);
    DocumentMapper.checkHeader(
        document.format(), document.type(), document.walletId(), document.pairId(), identity);
    BackupMethod method = enumValue(BackupMethod.class, document.method(), "method");
    PairStatus status = enumValue(PairStatus.class, document.status(), "status");
    Instant createdAt = instant(document.createdAt(), "createdAt");
    Instant updatedAt = instant(document.updatedAt(), "updatedAt");
    BackupKeyId keyId;
    try {
      keyId = BackupKeyId.of(document.keyId());
    } catch (RuntimeException e) {
      throw new UnreadableDocumentException("keyId is not a legal backup key id", e);
    }
    if (document.share() == null) {
      throw new UnreadableDocumentException("a backup share record needs its share", null);
    }
    PublicKey publicKey = DocumentMapper.publicKey(document.share());
    RecordBinding binding =
        binding(
            identity,
            document.format(),
            method,
            status,
            keyId,
            createdAt,
            updatedAt,
            publicKey);
    SecretBytes material = mapper.open(document.share().material(), binding);
    CustodianBackupShare share = new CustodianBackupShare(walletId, pairId, publicKey, material);
    try {
      return CustodianBackupShareRecord.restore(share, method, status, keyId, createdAt, updatedAt);
    } catch (IllegalArgumentException e) {
      share.destroy();
      throw new UnreadableDocumentException("the record's fields do not form a valid record", e);
    }
  }

  @Override
  public Instant createdAt(CustodianBackupShareRecord record) {
    return record.createdAt();
  }

  /**
   * Every clear-text field of a {@link BackupShareDocument}, in document order ({@code type},
   * {@code walletId} and {@code pairId} are the identity's): what the share's seal authenticates.
   * Sealing and opening both build it here, opening from the values as parsed.
   */
  private static RecordBinding binding(
      RecordBinding identity,
      int format,
      BackupMethod method,
      PairStatus status,
      BackupKeyId keyId,
      Instant createdAt,
      Instant updatedAt,
      PublicKey publicKey) {
    return identity
        .withNumber("format", format)
        .withText("method", method.name())
        .withText("status", status.name())
        .withText("keyId", keyId.value())
        .withInstant("createdAt", createdAt)
        .withInstant("updatedAt", updatedAt)
        .withPublicKey("share.publicKey", publicKey);
  }
}
