package dev.tandem.adapter.objectstore;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Custodian signing shares on an {@link ObjectStore}, one JSON object per pair under {@code
 * <prefix>signing-shares/<walletId>/<pairId><suffix>}, the share material sealed in an envelope
 * whose data key the {@link KeyWrapper} wraps (the format: the module README).
 *
 * <p>Guarantees: creates and replaces are conditional on the store itself, so of racing writers
 * exactly one wins and the others get {@link dev.tandem.domain.error.WriteConflictException}; a
 * write whose answer was lost and that met itself on retry succeeds; a replace that revokes or
 * freezes a pair leaves no earlier version holding the share, and a delete leaves no version at
 * all. Reads return fresh copies of the share, opened from storage each time. Thread-safe.
 */
public final class ObjectStoreSigningShareRepository implements SigningShareRepositoryPort {
  private final RecordStore<SigningSharePairId, CustodianSigningShareRecord> store;

  @Inject
  public ObjectStoreSigningShareRepository(
      ObjectStore objects, KeyWrapper wrapper, StorageLayout layout, SecureRandom random) {
    this.store =
        new RecordStore<>(objects, layout, new SigningShareCodec(layout, new SealedEnvelope(wrapper, random)));
  }

  @Override
  public Version create(CustodianSigningShareRecord record) {
    return store.create(record);
  }

  @Override
  public Optional<Versioned<CustodianSigningShareRecord>> find(WalletId walletId, SigningSharePairId pairId) {
    return store.find(walletId, pairId);
  }

  @Override
  public Version replace(CustodianSigningShareRecord record, Version expected) {
    return store.replace(record, expected);
  }

  @Override
  public List<Versioned<CustodianSigningShareRecord>> listByWallet(WalletId walletId) {
    return store.listByWallet(walletId);
  }

  @Override
  public void delete(WalletId walletId, SigningSharePairId pairId) {
    store.delete(walletId, pairId);
  }
}
