package dev.tandem.adapter.aws;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Custodian backup shares on S3, one JSON object per backup pair under {@code
 * <prefix>backup-shares/<walletId>/<pairId>.json}, the share material sealed under the KMS key
 * (see the package documentation for the scheme).
 *
 * <p>Guarantees: creates and replaces are conditional on S3 itself, so of racing writers exactly
 * one wins and the others get {@link dev.tandem.domain.error.WriteConflictException}; a replace
 * leaves no earlier version behind, and a delete leaves no version at all.
 */
public final class S3BackupShareRepository implements BackupShareRepositoryPort {
  private final S3RecordStore<BackupSharePairId, CustodianBackupShareRecord> store;

  @Inject
  public S3BackupShareRepository(S3Client s3, KmsClient kms, AwsStorageSettings settings) {
    this.store =
        new S3RecordStore<>(
            new S3ObjectStore(s3, settings.bucket()),
            new ObjectKeys(settings.keyPrefix(), RecordType.BACKUP_SHARE),
            new BackupShareCodec(new KmsEnvelope(kms, settings.kmsKeyId(), new SecureRandom())));
  }

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
