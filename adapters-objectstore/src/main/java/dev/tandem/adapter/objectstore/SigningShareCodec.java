package dev.tandem.adapter.objectstore;

import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * {@link CustodianSigningShareRecord} to and from a {@link SigningRecordDocument}.
 *
 * <p>A record that keeps its share (INCOMPLETE, COMPLETED) has every field bound into the share's
 * seal ({@link #binding}). A REVOKED or FROZEN record keeps no share, so nothing seals it and its
 * fields are not authenticated; the domain refuses such a record with a signing status, so an edit
 * can never make it usable (see the module README).
 */
final class SigningShareCodec implements RecordCodec<SigningSharePairId, CustodianSigningShareRecord> {
  private static final RecordType TYPE = RecordType.SIGNING_SHARE;

  private final StorageLayout layout;
  private final SealedEnvelope envelope;

  SigningShareCodec(StorageLayout layout, SealedEnvelope envelope) {
    this.layout = layout;
    this.envelope = envelope;
  }

  @Override
  public RecordType type() {
    return TYPE;
  }

  @Override
  public SigningSharePairId pairId(String value) {
    return SigningSharePairId.of(value);
  }

  @Override
  public byte[] encode(CustodianSigningShareRecord record, String objectName) {
    String writeId = DocumentMapper.newWriteId();
    String deviceLabel = record.deviceLabel().orElse(null);
    EncryptedShareDocument share =
        record
            .share()
            .map(
                s ->
                    EncryptedShares.seal(
                        envelope,
                        binding(
                            layout.format(),
                            writeId,
                            record.walletId(),
                            record.pairId(),
                            record.status(),
                            deviceLabel,
                            record.createdAt(),
                            record.updatedAt(),
                            s.publicKey()),
                        s,
                        objectName))
            .orElse(null);
    return DocumentMapper.write(
        new SigningRecordDocument(
            layout.format(),
            writeId,
            record.walletId().value(),
            record.pairId().value(),
            record.status().name(),
            deviceLabel,
            record.createdAt().toString(),
            record.updatedAt().toString(),
            share));
  }

  @Override
  public CustodianSigningShareRecord decode(
      byte[] body, WalletId walletId, SigningSharePairId pairId, String objectName) {
    SigningRecordDocument doc = DocumentMapper.read(body, SigningRecordDocument.class, layout, objectName);
    DocumentMapper.requireField("wallet id", doc.walletId(), walletId.value(), objectName);
    DocumentMapper.requireField("pair id", doc.pairId(), pairId.value(), objectName);
    PairStatus status;
    Instant createdAt;
    Instant updatedAt;
    try {
      status = PairStatus.valueOf(doc.status());
      createdAt = Instant.parse(doc.createdAt());
      updatedAt = Instant.parse(doc.updatedAt());
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw DocumentMapper.invalid(objectName, "holds an unreadable status or time");
    }
    CustodianSigningShare share = null;
    if (doc.share() != null) {
      PublicKey publicKey = EncryptedShares.publicKey(doc.share(), objectName);
      RecordBinding binding =
          binding(
              doc.format(),
              doc.writeId(),
              walletId,
              pairId,
              status,
              doc.deviceLabel(),
              createdAt,
              updatedAt,
              publicKey);
      SecretBytes material =
          EncryptedShares.openMaterial(envelope, binding, doc.share(), objectName);
      share = new CustodianSigningShare(walletId, pairId, publicKey, material);
    }
    try {
      // A share-less record with a signing status (a revoked record edited back) fails here.
      return CustodianSigningShareRecord.restore(
          walletId, pairId, status, share, doc.deviceLabel(), createdAt, updatedAt);
    } catch (IllegalArgumentException e) {
      if (share != null) {
        share.destroy();
      }
      throw DocumentMapper.invalid(objectName, "holds an inconsistent record: " + e.getMessage());
    }
  }

  @Override
  public Instant createdAt(CustodianSigningShareRecord record) {
    return record.createdAt();
  }

  /**
   * Every clear-text field of a {@link SigningRecordDocument}, in document order: what the share's
   * seal authenticates. Sealing and opening both build it here, opening from the values as parsed.
   */
  private RecordBinding binding(
      int format,
      String writeId,
      WalletId walletId,
      SigningSharePairId pairId,
      PairStatus status,
      String deviceLabel,
      Instant createdAt,
      Instant updatedAt,
      PublicKey publicKey) {
    return RecordBinding.of(layout, TYPE, walletId, pairId.value())
        .withNumber("format", format)
        .withText("writeId", writeId)
        .withText("status", status.name())
        .withText("deviceLabel", deviceLabel)
        .withInstant("createdAt", createdAt)
        .withInstant("updatedAt", updatedAt)
        .withPublicKey("share.publicKey", publicKey);
  }
}
