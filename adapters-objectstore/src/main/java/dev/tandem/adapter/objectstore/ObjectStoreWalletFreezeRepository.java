package dev.tandem.adapter.objectstore;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.StorageUnavailableException;
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

/**
 * Wallet freeze markers on an {@link ObjectStore}, one JSON object per frozen wallet under {@code
 * <prefix>wallet-freezes/<walletId>/freeze<suffix>}.
 *
 * <p>Guarantees: {@link #createIfAbsent} is {@link ObjectStore#createIfAbsent}, so of racing
 * freezes the store lets exactly one through and the marker is never overwritten. A refused write
 * is followed by a read: stored bytes that are this very write's (a client retried a write that
 * had landed and met its own object) count as this call's; another marker means the wallet was
 * frozen already; no marker at all (another write of it still in flight, which may yet fail) is
 * {@link StorageUnavailableException}, so the caller tries again rather than believe a marker that
 * may never land. Markers are never deleted by the core.
 *
 * <p>A marker holds no secret and is not sealed: editing its fields in the bucket changes nothing
 * but what it reports, and deleting it is no more than bucket write access allows anyway (the
 * frozen records stay frozen; see the module README). An object under the marker's name that
 * cannot be read as a marker is {@link dev.tandem.domain.error.StoredDataInvalidException}, so the
 * wallet is refused rather than served. Thread-safe.
 */
public final class ObjectStoreWalletFreezeRepository implements WalletFreezeRepositoryPort {
  private static final String MARKER = "freeze";

  private final ObjectStore objects;
  private final StorageLayout layout;
  private final ObjectKeys keys;

  @Inject
  public ObjectStoreWalletFreezeRepository(ObjectStore objects, StorageLayout layout) {
    this.objects = Objects.requireNonNull(objects, "objects");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.keys = new ObjectKeys(layout, RecordType.WALLET_FREEZE);
  }

  @Override
  public boolean createIfAbsent(WalletFreeze freeze) {
    Objects.requireNonNull(freeze, "freeze");
    String objectKey = keys.recordKey(freeze.walletId(), MARKER);
    byte[] document =
        DocumentMapper.write(
            new WalletFreezeDocument(
                layout.format(),
                DocumentMapper.newWriteId(),
                freeze.walletId().value(),
                freeze.pairId().value(),
                freeze.frozenAt().toString()));
    try {
      objects.createIfAbsent(objectKey, document);
      return true;
    } catch (PreconditionFailedException refused) {
      ObjectStore.StoredObject stored =
          objects
              .read(objectKey)
              .orElseThrow(
                  () ->
                      new StorageUnavailableException(
                          "the freeze marker of wallet "
                              + freeze.walletId()
                              + " ("
                              + objects.url(objectKey)
                              + ") is being written by another request; try again",
                          refused));
      return Arrays.equals(stored.content(), document);
    }
  }

  @Override
  public Optional<WalletFreeze> find(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    String objectKey = keys.recordKey(walletId, MARKER);
    return objects
        .read(objectKey)
        .map(object -> decode(object.content(), walletId, objects.url(objectKey)));
  }

  private WalletFreeze decode(byte[] body, WalletId walletId, String name) {
    WalletFreezeDocument document =
        DocumentMapper.read(body, WalletFreezeDocument.class, layout, name);
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
}
