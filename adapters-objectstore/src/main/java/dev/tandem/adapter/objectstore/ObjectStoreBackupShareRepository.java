package dev.tandem.adapter.objectstore;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Custodian backup shares on an {@link ObjectStore}, one JSON object per backup pair under {@code
 * <prefix>backup-shares/<walletId>/<pairId><suffix>}, the share material sealed in an envelope
 * whose data key the {@link KeyWrapper} wraps (the format: the module README).
 *
 * <p>Guarantees: creates and replaces are conditional on the store itself, so of racing writers
 * exactly one wins and the others get {@link dev.tandem.domain.error.WriteConflictException}; a
 * write whose answer was lost and that met itself on retry succeeds; a replace leaves no earlier
 * version behind, and a delete leaves no version at all. Thread-safe.
 */
public final class ObjectStoreBackupShareRepository implements BackupShareRepositoryPort {
  private final RecordStore<BackupSharePairId, CustodianBackupShareRecord> store;

  @Inject
  public ObjectStoreBackupShareRepository(
      ObjectStore objects, KeyWrapper wrapper, StorageLayout layout, SecureRandom random) {
    this.store =
        new RecordStore<>(objects, layout, new BackupShareCodec(layout, new SealedEnvelope(wrapper, random)));
  }

  @Override
  public Version create(CustodianBackupShareRecord record) {
    return store.create(record);
  }

  @Override
  public Optional<Versioned<CustodianBackupShareRecord>> find(WalletId walletId, BackupSharePairId pairId) {
    return store.find(walletId, pairId);
  }

  @Override
  public Version replace(CustodianBackupShareRecord record, Version expected) {
    return store.replace(record, expected);
  }

  @Override
  public List<Versioned<CustodianBackupShareRecord>> listByWallet(WalletId walletId) {
    return store.listByWallet(walletId);
  }

  @Override
  public void delete(WalletId walletId, BackupSharePairId pairId) {
    store.delete(walletId, pairId);
  }
}
