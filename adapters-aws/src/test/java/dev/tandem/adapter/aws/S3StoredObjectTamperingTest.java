package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.KeyWrapper;
import dev.tandem.adapter.objectstore.ObjectStore;
import dev.tandem.adapter.objectstore.StorageLayout;
import dev.tandem.adapter.objectstore.StoredObjectTamperingContract;

/**
 * The core's tampering suite through the real S3 and KMS clients against S3Proxy and the KMS fake,
 * objects in the AWS layout. The KMS fake ignores the encryption context (see {@link
 * KmsKeyWrapperTest}), so every "failed authentication" here is the seal's own refusal: the AES-GCM
 * associated data covers the edited field, whatever KMS would add.
 */
class S3StoredObjectTamperingTest extends StoredObjectTamperingContract {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(false);

  private final S3ObjectStore store = new S3ObjectStore(AWS.s3(), BUCKET);
  private final KmsKeyWrapper wrapper = new KmsKeyWrapper(AWS.kms(), AWS.kmsKeyId());

  @Override
  protected ObjectStore store() {
    return store;
  }

  @Override
  protected KeyWrapper keyWrapper() {
    return wrapper;
  }

  @Override
  protected StorageLayout layout() {
    return StorageLayout.aws("tampering/");
  }
}
