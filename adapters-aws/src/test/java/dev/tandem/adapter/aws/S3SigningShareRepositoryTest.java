package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreSigningShareRepository;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.contract.SigningShareRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * {@link ObjectStoreSigningShareRepository} passes the shared signing share repository contract, through
 * the real S3 and KMS clients against S3Proxy and the KMS fake, on a versioned bucket (every
 * replace and delete must purge old versions) and on an unversioned one.
 */
class S3SigningShareRepositoryTest extends SigningShareRepositoryContract {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String VERSIONED = AWS.newBucket(true);
  private static final String UNVERSIONED = AWS.newBucket(false);

  @Override
  protected SigningShareRepositoryPort createRepository() {
    return repositoryOn(VERSIONED);
  }

  static SigningShareRepositoryPort repositoryOn(String bucket) {
    return S3Repositories.signingShares(
        AWS.s3(), AWS.kms(), new AwsStorageSettings(bucket, "contract/", AWS.kmsKeyId()));
  }

  @Nested
  class OnUnversionedBucket extends SigningShareRepositoryContract {
    @Override
    protected SigningShareRepositoryPort createRepository() {
      return repositoryOn(UNVERSIONED);
    }
  }
}
