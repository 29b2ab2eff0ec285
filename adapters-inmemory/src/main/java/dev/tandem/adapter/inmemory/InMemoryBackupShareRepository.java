package dev.tandem.adapter.inmemory;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The custodian's backup shares in memory, with the conditional writes of {@link
 * BackupShareRepositoryPort}. Thread-safe; holds its own copy of each share and wipes it when the
 * record is replaced or deleted. See {@link InMemoryShareRecordStore}.
 */
public final class InMemoryBackupShareRepository implements BackupShareRepositoryPort {
  private final InMemoryShareRecordStore<BackupSharePairId, CustodianBackupShareRecord> store =
      new InMemoryShareRecordStore<>(new BackupShareRecordKind());

  @Inject
  public InMemoryBackupShareRepository() {}

  @Override
  public Version create(CustodianBackupShareRecord record) {
    return store.create(record);
  }

  @Override
  public Optional<Versioned<CustodianBackupShareRecord>> find(
      WalletId walletId, BackupSharePairId pairId) {
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
