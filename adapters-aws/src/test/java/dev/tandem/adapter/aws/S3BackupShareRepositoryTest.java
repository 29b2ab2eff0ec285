package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreBackupShareRepository;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.contract.BackupShareRepositoryContract;

/**
 * {@link ObjectStoreBackupShareRepository} passes the shared backup share repository contract, through the
 * real S3 and KMS clients against S3Proxy (versioned bucket) and the KMS fake.
 */
class S3BackupShareRepositoryTest extends BackupShareRepositoryContract {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(true);

  @Override
  protected BackupShareRepositoryPort createRepository() {
    return S3Repositories.backupShares(
        AWS.s3(), AWS.kms(), new AwsStorageSettings(BUCKET, "", AWS.kmsKeyId()));
  }
}
