package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.contract.KeyStorageContract;

/**
 * {@link ObjectStoreKeyStorage} passes the shared key storage contract, through the real S3 and KMS clients
 * against S3Proxy (versioned bucket, so deletes must purge versions) and the KMS fake.
 */
class S3KeyStorageTest extends KeyStorageContract {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(true);

  @Override
  protected KeyStoragePort createKeyStorage() {
    return S3Repositories.keyStorage(
        AWS.s3(), AWS.kms(), new AwsStorageSettings(BUCKET, "contract", AWS.kmsKeyId()));
  }
}
