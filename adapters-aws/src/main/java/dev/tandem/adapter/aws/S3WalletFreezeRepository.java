package dev.tandem.adapter.aws;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Wallet freeze markers on S3, one JSON object per frozen wallet under {@code
 * <prefix>wallet-freezes/<walletId>/freeze.json}.
 *
 * <p>Guarantees: {@link #createIfAbsent} is a {@code PutObject} with {@code If-None-Match: *}, so
 * of racing freezes S3 lets exactly one through and the marker is never overwritten. A refused
 * write is followed by a read: stored bytes that are this very write's (the SDK retried a write
 * that had landed and met its own object) count as this call's; another marker means the wallet was
 * frozen already; no marker at all (S3's 409 while another write of the key is still in flight,
 * which may yet fail) is {@link StorageUnavailableException}, so the caller tries again rather than
 * believe a marker that may never land. Markers are never deleted by the adapter.
 *
 * <p>A marker holds no secret and is not sealed: editing its fields in the bucket changes nothing
 * but what it reports, and deleting it is no more than bucket write access allows anyway (the
 * frozen records stay frozen; see the package documentation). An object under the marker's key that
 * cannot be read as a marker is {@link dev.tandem.domain.error.StoredDataInvalidException}, so the
 * wallet is refused rather than served.
 */
public final class S3WalletFreezeRepository implements WalletFreezeRepositoryPort {
  private static final String MARKER = "freeze";

  private final S3ObjectStore objects;
  private final ObjectKeys keys;

  @Inject
  public S3WalletFreezeRepository(S3Client s3, AwsStorageSettings settings) {
    this.objects = new S3ObjectStore(s3, settings.bucket());
    this.keys = new ObjectKeys(settings.keyPrefix(), RecordType.WALLET_FREEZE);
  }

  @Override
  public boolean createIfAbsent(WalletFreeze freeze) {
    Objects.requireNonNull(freeze, "freeze");
    String objectKey = keys.recordKey(freeze.walletId(), MARKER);
    byte[] document =
        DocumentMapper.write(
            new WalletFreezeDocument(
                DocumentMapper.FORMAT,
                DocumentMapper.newWriteId(),
                freeze.walletId().value(),
                freeze.pairId().value(),
                freeze.frozenAt().toString()));
    try {
      objects.createIfAbsent(objectKey, document);
      return true;
    } catch (WriteConflictException refused) {
      S3ObjectStore.StoredObject stored =
          objects
              .get(objectKey)
              .orElseThrow(
                  () ->
                      new StorageUnavailableException(
                          "the freeze marker of wallet "
                              + freeze.walletId()
                              + " is being written by another request; try again",
                          refused));
      return Arrays.equals(stored.body(), document);
    }
  }

  @Override
  public Optional<WalletFreeze> find(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    String objectKey = keys.recordKey(walletId, MARKER);
    return objects.get(objectKey).map(object -> decode(object.body(), walletId, name(objectKey)));
  }

  private static WalletFreeze decode(byte[] body, WalletId walletId, String name) {
    WalletFreezeDocument document = DocumentMapper.read(body, WalletFreezeDocument.class, name);
    DocumentMapper.requireFormat(document.format(), name);
    DocumentMapper.requireField("wallet id", document.walletId(), walletId.value(), name);
    try {
      return new WalletFreeze(
          walletId,
          SigningSharePairId.of(Objects.requireNonNull(document.pairId(), "pairId")),
          Instant.parse(Objects.requireNonNull(document.frozenAt(), "frozenAt")));
    } catch (InvalidInputException | NullPointerException | DateTimeException e) {
      throw DocumentMapper.invalid(name, "holds an unreadable pair id or time");
    }
  }

  private String name(String objectKey) {
    return "s3://" + objects.bucket() + "/" + objectKey;
  }
}
