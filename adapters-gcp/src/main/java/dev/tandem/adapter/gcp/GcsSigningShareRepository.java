package dev.tandem.adapter.gcp;

import com.google.cloud.storage.Storage;
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
 * The custodian's signing shares on Cloud Storage: one object per pair, {@code
 * <prefix>signing-shares/<walletId>/<pairId>}, a JSON document whose share material is sealed by the
 * local envelope (see the package documentation). The object's generation is the record's {@link
 * Version}: {@code create} writes with {@code ifGenerationMatch=0}, {@code replace} with {@code
 * ifGenerationMatch=<expected>}, so Cloud Storage lets exactly one of racing writers through and
 * the others get {@link dev.tandem.domain.error.WriteConflictException}. {@code delete} deletes
 * every generation, and a replace deletes the generations it replaced.
 *
 * <p>Revocation and freezing are replaces that drop the share; the generation they replace, which
 * held it, is deleted with every other older generation, so no copy of the share stays behind (see
 * the package documentation for soft delete).
 *
 * <p>Thread-safe.
 */
public final class GcsSigningShareRepository implements SigningShareRepositoryPort {
  private final GcsRecordStore<SigningSharePairId, CustodianSigningShareRecord> records;

  @Inject
  public GcsSigningShareRepository(Storage storage, GcsLocation location, KeyEncryptionKey kek) {
    this(new CloudStorageObjectStore(storage, location), location, kek, new SecureRandom());
  }

  GcsSigningShareRepository(
      GcsObjectStore store, GcsLocation location, KeyEncryptionKey kek, SecureRandom random) {
    this.records =
        new GcsRecordStore<>(
            store,
            location,
            new SigningShareCodec(new DocumentMapper(new LocalEnvelope(kek, random))));
  }

  @Override
  public Version create(CustodianSigningShareRecord record) {
    return records.create(record);
  }

  @Override
  public Optional<Versioned<CustodianSigningShareRecord>> find(
      WalletId walletId, SigningSharePairId pairId) {
    return records.find(walletId, pairId);
  }

  @Override
  public Version replace(CustodianSigningShareRecord record, Version expected) {
    return records.replace(record, expected);
  }

  @Override
  public List<Versioned<CustodianSigningShareRecord>> listByWallet(WalletId walletId) {
    return records.listByWallet(walletId);
  }

  @Override
  public void delete(WalletId walletId, SigningSharePairId pairId) {
    records.delete(walletId, pairId);
  }
}
