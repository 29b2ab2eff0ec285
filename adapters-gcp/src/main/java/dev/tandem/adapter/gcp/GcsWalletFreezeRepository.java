package dev.tandem.adapter.gcp;

import com.google.cloud.storage.Storage;
import dev.tandem.adapter.gcp.Documents.WalletFreezeDocument;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Wallet freeze markers on Cloud Storage: one object per frozen wallet, {@code
 * <prefix>wallet-freezes/<walletId>/freeze}, a JSON document of ids and a time.
 *
 * <p>{@link #createIfAbsent} writes with {@code ifGenerationMatch=0}, so of racing freezes Cloud
 * Storage lets exactly one through and a marker is never overwritten. A 412 is followed by a read:
 * stored bytes that are this very write's (each write has a fresh random write id; the SDK retried
 * a write that had landed) count as this call's; another marker means the wallet was frozen
 * already; no live object at all is {@link StorageUnavailableException}, so the caller tries again
 * rather than believe a marker that is not there. Markers are never deleted by the adapters.
 *
 * <p>A marker holds no secret and is not sealed; it counts by existing. An object under its name
 * that is not a readable marker is {@link StoredDataInvalidException}, so the wallet is refused
 * rather than served. Thread-safe.
 */
public final class GcsWalletFreezeRepository implements WalletFreezeRepositoryPort {
  private static final String MARKER = "freeze";

  private final GcsObjectStore store;
  private final ObjectNames names;
  private final DocumentMapper documents = DocumentMapper.withoutEnvelope();

  @Inject
  public GcsWalletFreezeRepository(Storage storage, GcsLocation location) {
    this(new CloudStorageObjectStore(storage, location), location);
  }

  GcsWalletFreezeRepository(GcsObjectStore store, GcsLocation location) {
    this.store = Objects.requireNonNull(store, "store");
    this.names = new ObjectNames(location, RecordType.WALLET_FREEZE);
  }

  @Override
  public boolean createIfAbsent(WalletFreeze freeze) {
    Objects.requireNonNull(freeze, "freeze");
    String name = names.name(freeze.walletId(), MARKER);
    byte[] content =
        documents.write(
            new WalletFreezeDocument(
                Documents.FORMAT,
                RecordType.WALLET_FREEZE.label(),
                UUID.randomUUID().toString(),
                freeze.walletId().value(),
                freeze.pairId().value(),
                freeze.frozenAt().toString()));
    try {
      store.createIfAbsent(name, content);
      return true;
    } catch (GenerationMismatchException refused) {
      GcsObjectStore.StoredObject stored =
          store
              .read(name)
              .orElseThrow(
                  () ->
                      new StorageUnavailableException(
                          "the freeze marker of wallet "
                              + freeze.walletId()
                              + " was refused but is not there; try again",
                          refused));
      return Arrays.equals(stored.content(), content);
    }
  }

  @Override
  public Optional<WalletFreeze> find(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    String name = names.name(walletId, MARKER);
    return store.read(name).map(stored -> decode(stored.content(), walletId, name));
  }

  private WalletFreeze decode(byte[] content, WalletId walletId, String name) {
    try {
      WalletFreezeDocument document = documents.read(content, WalletFreezeDocument.class);
      if (document.format() != Documents.FORMAT) {
        throw new UnreadableDocumentException("unknown document format " + document.format(), null);
      }
      if (!RecordType.WALLET_FREEZE.label().equals(document.type())) {
        throw new UnreadableDocumentException(
            "document type is not " + RecordType.WALLET_FREEZE.label(), null);
      }
      if (!walletId.value().equals(document.walletId())) {
        throw new UnreadableDocumentException(
            "document wallet id does not match the object name (wallet " + walletId + ")", null);
      }
      return new WalletFreeze(
          walletId,
          pairId(document.pairId()),
          DocumentMapper.instant(document.frozenAt(), "frozenAt"));
    } catch (UnreadableDocumentException e) {
      throw new StoredDataInvalidException(
          "object "
              + store.url(name)
              + " is not a readable "
              + RecordType.WALLET_FREEZE.description()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static SigningSharePairId pairId(String value) throws UnreadableDocumentException {
    try {
      return SigningSharePairId.of(Objects.requireNonNull(value, "pairId"));
    } catch (InvalidInputException | NullPointerException e) {
      throw new UnreadableDocumentException("pairId is not a legal pair id", e);
    }
  }
}
