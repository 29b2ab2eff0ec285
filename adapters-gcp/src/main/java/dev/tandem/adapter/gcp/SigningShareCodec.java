package dev.tandem.adapter.gcp;

import static dev.tandem.adapter.gcp.DocumentMapper.enumValue;
import static dev.tandem.adapter.gcp.DocumentMapper.instant;

import dev.tandem.adapter.gcp.Documents.ShareDocument;
import dev.tandem.adapter.gcp.Documents.SigningShareDocument;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.time.Instant;
import java.util.Objects;

/**
 * Custodian signing share records as {@link SigningShareDocument}s.
 *
 * <p>A record that keeps its share (INCOMPLETE, COMPLETED) has every field bound into the share's
 * seal ({@link #binding}). A REVOKED or FROZEN record keeps no share, so nothing seals it and its
 * fields are not authenticated; the domain refuses such a record with a signing status, so an edit
 * can never make it usable (see the package documentation).
 */
final class SigningShareCodec
    implements RecordCodec<SigningSharePairId, CustodianSigningShareRecord> {
  private final DocumentMapper mapper;

  SigningShareCodec(DocumentMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  @Override
  public RecordType type() {
    return RecordType.SIGNING_SHARE;
  }

  @Override
  public SigningSharePairId pairId(String value) {
    return SigningSharePairId.of(value);
  }

  @Override
  public byte[] encode(CustodianSigningShareRecord record) {
    RecordBinding identity = RecordCodec.binding(type(), record.walletId(), record.pairId());
    String deviceLabel = record.deviceLabel().orElse(null);
    ShareDocument share =
        record
            .share()
            .map(
                s ->
                    mapper.shareDocument(
                        s.publicKey(),
                        s.material(),
                        binding(
                            identity,
                            Documents.FORMAT,
                            record.status(),
                            deviceLabel,
                            record.createdAt(),
                            record.updatedAt(),
                            s.publicKey())))
            .orElse(null);
    return mapper.write(
        new SigningShareDocument(
            Documents.FORMAT,
            type().label(),
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
      byte[] content, WalletId walletId, SigningSharePairId pairId)
      throws UnreadableDocumentException {
    SigningShareDocument document = mapper.read(content, SigningShareDocument.class);
    RecordBinding identity = RecordCodec.binding(type(), walletId, pairId);
    DocumentMapper.checkHeader(
        document.format(), document.type(), document.walletId(), document.pairId(), identity);
    PairStatus status = enumValue(PairStatus.class, document.status(), "status");
    Instant createdAt = instant(document.createdAt(), "createdAt");
    Instant updatedAt = instant(document.updatedAt(), "updatedAt");
    CustodianSigningShare share = null;
    if (document.share() != null) {
      PublicKey publicKey = DocumentMapper.publicKey(document.share());
      RecordBinding binding =
          binding(
              identity,
              document.format(),
              status,
              document.deviceLabel(),
              createdAt,
              updatedAt,
              publicKey);
      SecretBytes material = mapper.open(document.share().material(), binding);
      share = new CustodianSigningShare(walletId, pairId, publicKey, material);
    }
    try {
      // A share-less record with a signing status (a revoked record edited back) fails here.
      return CustodianSigningShareRecord.restore(
          walletId, pairId, status, share, document.deviceLabel(), createdAt, updatedAt);
    } catch (IllegalArgumentException e) {
      if (share != null) {
        share.destroy();
      }
      throw new UnreadableDocumentException("the record's fields do not form a valid record", e);
    }
  }

  @Override
  public Instant createdAt(CustodianSigningShareRecord record) {
    return record.createdAt();
  }

  /**
   * Every clear-text field of a {@link SigningShareDocument}, in document order ({@code type},
   * {@code walletId} and {@code pairId} are the identity's): what the share's seal authenticates.
   * Sealing and opening both build it here, opening from the values as parsed.
   */
  private static RecordBinding binding(
      RecordBinding identity,
      int format,
      PairStatus status,
      String deviceLabel,
      Instant createdAt,
      Instant updatedAt,
      PublicKey publicKey) {
    return identity
        .withNumber("format", format)
        .withText("status", status.name())
        .withText("deviceLabel", deviceLabel)
        .withInstant("createdAt", createdAt)
        .withInstant("updatedAt", updatedAt)
        .withPublicKey("share.publicKey", publicKey);
  }
}
