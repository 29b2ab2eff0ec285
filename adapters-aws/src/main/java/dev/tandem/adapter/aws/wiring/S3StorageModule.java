package dev.tandem.adapter.aws.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dev.tandem.adapter.aws.AwsStorageSettings;
import dev.tandem.adapter.aws.S3BackupShareRepository;
import dev.tandem.adapter.aws.S3KeyStorage;
import dev.tandem.adapter.aws.S3SessionRegistry;
import dev.tandem.adapter.aws.S3SigningShareRepository;
import dev.tandem.adapter.aws.S3WalletFreezeRepository;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Singleton;

/**
 * Binds the storage ports (key storage, both share repositories, wallet freeze markers) and the
 * custodian's session registry to their S3 adapters, configured from {@link AwsTandemConfig}. Needs
 * an {@code S3Client} and a {@code KmsClient} (from {@link AwsClientsModule}), and for the session
 * registry a {@link java.time.Clock} and a {@link dev.tandem.domain.port.SessionWindow} (from {@link
 * AwsConfigModule}).
 */
@Module
public abstract class S3StorageModule {
  private S3StorageModule() {}

  @Binds
  @Singleton
  abstract KeyStoragePort keyStorage(S3KeyStorage adapter);

  @Binds
  @Singleton
  abstract SigningShareRepositoryPort signingShareRepository(S3SigningShareRepository adapter);

  @Binds
  @Singleton
  abstract BackupShareRepositoryPort backupShareRepository(S3BackupShareRepository adapter);

  @Binds
  @Singleton
  abstract SessionRegistryPort sessionRegistry(S3SessionRegistry adapter);

  @Binds
  @Singleton
  abstract WalletFreezeRepositoryPort walletFreezes(S3WalletFreezeRepository adapter);

  @Provides
  static AwsStorageSettings storageSettings(AwsTandemConfig config) {
    return config.storageSettings();
  }
}
