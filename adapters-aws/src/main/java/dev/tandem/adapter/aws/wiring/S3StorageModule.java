package dev.tandem.adapter.aws.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dev.tandem.adapter.aws.AwsStorageSettings;
import dev.tandem.adapter.aws.KmsKeyWrapper;
import dev.tandem.adapter.aws.S3ObjectStore;
import dev.tandem.adapter.objectstore.KeyWrapper;
import dev.tandem.adapter.objectstore.ObjectStore;
import dev.tandem.adapter.objectstore.ObjectStoreBackupShareRepository;
import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.adapter.objectstore.ObjectStoreSessionRegistry;
import dev.tandem.adapter.objectstore.ObjectStoreSigningShareRepository;
import dev.tandem.adapter.objectstore.ObjectStoreWalletFreezeRepository;
import dev.tandem.adapter.objectstore.StorageLayout;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Binds the storage ports (key storage, both share repositories, wallet freeze markers) and the
 * custodian's session registry to the storage core's repositories ({@code adapters-objectstore}),
 * on the configured bucket through {@link S3ObjectStore}, data keys wrapped by the configured KMS
 * key through {@link KmsKeyWrapper}, objects in {@link StorageLayout#aws(String)} under the
 * configured prefix: the layout every earlier release wrote. Needs an {@code S3Client} and a
 * {@code KmsClient} (from {@link AwsClientsModule}), a {@link java.security.SecureRandom}, and for
 * the session registry a {@link java.time.Clock} and a {@link dev.tandem.domain.port.SessionWindow}
 * (from {@link AwsConfigModule}).
 */
@Module
public abstract class S3StorageModule {
  private S3StorageModule() {}

  @Binds
  @Singleton
  abstract KeyStoragePort keyStorage(ObjectStoreKeyStorage repository);

  @Binds
  @Singleton
  abstract SigningShareRepositoryPort signingShareRepository(
      ObjectStoreSigningShareRepository repository);

  @Binds
  @Singleton
  abstract BackupShareRepositoryPort backupShareRepository(
      ObjectStoreBackupShareRepository repository);

  @Binds
  @Singleton
  abstract SessionRegistryPort sessionRegistry(ObjectStoreSessionRegistry registry);

  @Binds
  @Singleton
  abstract WalletFreezeRepositoryPort walletFreezes(ObjectStoreWalletFreezeRepository repository);

  @Provides
  static AwsStorageSettings storageSettings(AwsTandemConfig config) {
    return config.storageSettings();
  }

  @Provides
  @Singleton
  static ObjectStore objectStore(S3Client s3, AwsStorageSettings settings) {
    return new S3ObjectStore(s3, settings.bucket());
  }

  @Provides
  @Singleton
  static KeyWrapper keyWrapper(KmsClient kms, AwsStorageSettings settings) {
    return new KmsKeyWrapper(kms, settings.kmsKeyId());
  }

  @Provides
  static StorageLayout layout(AwsStorageSettings settings) {
    return StorageLayout.aws(settings.keyPrefix());
  }
}
