package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.ClientUseCaseModule;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.LoopbackChannelModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link AwsTandemComponent} with its credentials module swapped for the local servers'
 * credentials, and nothing else changed ({@link AwsTandemComponentE2eTest} checks the module lists
 * against each other). It also hands out the storage adapters, to read back what the use cases
 * stored, the client's engine, to drive a use case over a channel of a test's own, and the clients,
 * to close them.
 */
@Singleton
@Component(
    modules = {
      AwsConfigModule.class,
      StaticCredentialsTestModule.class,
      AwsClientsModule.class,
      S3StorageModule.class,
      ProcessLocalStateModule.class,
      LoopbackChannelModule.class,
      ShareCodecModule.class,
      ClientUseCaseModule.class,
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
interface AwsTandemTestComponent extends AwsTandemComponent {
  KeyStoragePort keyStorage();

  SigningShareRepositoryPort signingShares();

  BackupShareRepositoryPort backupShares();

  ClientMpcEnginePort clientEngine();

  S3Client s3();

  KmsClient kms();

  @Component.Factory
  interface Factory {
    AwsTandemTestComponent create(@BindsInstance AwsTandemConfig config);
  }
}
