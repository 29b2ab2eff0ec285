package dev.tandem.adapter.gcp;

import com.google.cloud.storage.Storage;
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
 * The custodian's backup shares on Cloud Storage: one object per pair, {@code
 * <prefix>backup-shares/<walletId>/<pairId>}, a JSON document whose share material is sealed by the
 * local envelope (see the package documentation). The object's generation is the record's {@link
 * Version}: {@code create} writes with {@code ifGenerationMatch=0}, {@code replace} with {@code
 * ifGenerationMatch=<expected>}, so Cloud Storage lets exactly one of racing writers through and
 * the others get {@link dev.tandem.domain.error.WriteConflictException}. {@code delete} deletes
 * every generation, and a replace deletes the generations it replaced.
 *
 * <p>Thread-safe.
 */
public final class GcsBackupShareRepository implements BackupShareRepositoryPort {
  private final GcsRecordStore<BackupSharePairId, CustodianBackupShareRecord> records;

  @Inject
  public GcsBackupShareRepository(Storage storage, GcsLocation location, KeyEncryptionKey kek) {
    this(new CloudStorageObjectStore(storage, location), location, kek, new SecureRandom());
  }

  GcsBackupShareRepository(
      GcsObjectStore store, GcsLocation location, KeyEncryptionKey kek, SecureRandom random) {
    this.records =
        new GcsRecordStore<>(
            store,
            location,
            new BackupShareCodec(new DocumentMapper(new LocalEnvelope(kek, random))));
  }

  @Override
  public Version create(CustodianBackupShareRecord record) {
    return records.create(record);
  }

  @Override
  public Optional<Versioned<CustodianBackupShareRecord>> find(
      WalletId walletId, BackupSharePairId pairId) {
    return records.find(walletId, pairId);
  }

  @Override
  public Version replace(CustodianBackupShareRecord record, Version expected) {
    return records.replace(record, expected);
  }

  @Override
  public List<Versioned<CustodianBackupShareRecord>> listByWallet(WalletId walletId) {
    return records.listByWallet(walletId);
  }

  @Override
  public void delete(WalletId walletId, BackupSharePairId pairId) {
    records.delete(walletId, pairId);
  }
}
