package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The storage half of a future {@code AwsTandemComponent}, with the credentials module swapped for
 * the local servers' credentials: what a deployment component adds is the application's modules.
 * {@link AwsConfigModule} supplies the session registry's clock and window.
 */
@Singleton
@Component(
    modules = {
      StaticCredentialsTestModule.class,
      AwsClientsModule.class,
      S3StorageModule.class,
      AwsConfigModule.class
    })
interface AwsStorageTestComponent {
  KeyStoragePort keyStorage();

  SigningShareRepositoryPort signingShares();

  BackupShareRepositoryPort backupShares();

  SessionRegistryPort sessionRegistry();

  S3Client s3();

  KmsClient kms();

  @Component.Factory
  interface Factory {
    AwsStorageTestComponent create(@BindsInstance AwsTandemConfig config);
  }
}
