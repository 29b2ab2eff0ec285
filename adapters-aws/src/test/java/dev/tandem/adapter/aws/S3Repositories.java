package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreBackupShareRepository;
import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.adapter.objectstore.ObjectStoreSessionRegistry;
import dev.tandem.adapter.objectstore.ObjectStoreSigningShareRepository;
import dev.tandem.adapter.objectstore.ObjectStoreWalletFreezeRepository;
import dev.tandem.adapter.objectstore.StorageLayout;
import dev.tandem.domain.port.SessionWindow;
import java.security.SecureRandom;
import java.time.Clock;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The core's repositories on S3 and KMS, built as {@code S3StorageModule} builds them: {@link
 * S3ObjectStore}, {@link KmsKeyWrapper} and {@link StorageLayout#aws(String)}.
 */
final class S3Repositories {
  private static final SecureRandom RANDOM = new SecureRandom();

  private S3Repositories() {}

  static ObjectStoreSigningShareRepository signingShares(
      S3Client s3, KmsClient kms, AwsStorageSettings settings) {
    return new ObjectStoreSigningShareRepository(
        store(s3, settings), wrapper(kms, settings), layout(settings), RANDOM);
  }

  static ObjectStoreBackupShareRepository backupShares(
      S3Client s3, KmsClient kms, AwsStorageSettings settings) {
    return new ObjectStoreBackupShareRepository(
        store(s3, settings), wrapper(kms, settings), layout(settings), RANDOM);
  }

  static ObjectStoreKeyStorage keyStorage(S3Client s3, KmsClient kms, AwsStorageSettings settings) {
    return new ObjectStoreKeyStorage(
        store(s3, settings), wrapper(kms, settings), layout(settings), RANDOM);
  }

  static ObjectStoreWalletFreezeRepository freezes(S3Client s3, AwsStorageSettings settings) {
    return new ObjectStoreWalletFreezeRepository(store(s3, settings), layout(settings));
  }

  static ObjectStoreSessionRegistry sessionRegistry(
      S3Client s3, AwsStorageSettings settings, Clock clock, SessionWindow window) {
    return new ObjectStoreSessionRegistry(store(s3, settings), layout(settings), clock, window);
  }

  private static S3ObjectStore store(S3Client s3, AwsStorageSettings settings) {
    return new S3ObjectStore(s3, settings.bucket());
  }

  private static KmsKeyWrapper wrapper(KmsClient kms, AwsStorageSettings settings) {
    return new KmsKeyWrapper(kms, settings.kmsKeyId());
  }

  private static StorageLayout layout(AwsStorageSettings settings) {
    return StorageLayout.aws(settings.keyPrefix());
  }
}
