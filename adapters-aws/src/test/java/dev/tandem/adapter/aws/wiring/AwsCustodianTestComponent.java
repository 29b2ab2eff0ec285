package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link AwsCustodianComponent} with its credentials module swapped for the local servers'
 * credentials, and nothing else changed ({@link AwsRoleComponentsE2eTest} checks the module lists
 * against each other). It also hands out the clients, to close them.
 */
@Singleton
@Component(
    modules = {
      AwsConfigModule.class,
      StaticCredentialsTestModule.class,
      AwsClientsModule.class,
      S3StorageModule.class,
      ProcessLocalStateModule.class,
      ShareCodecModule.class,
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
interface AwsCustodianTestComponent extends AwsCustodianComponent {
  S3Client s3();

  KmsClient kms();

  @Component.Factory
  interface Factory {
    AwsCustodianTestComponent create(@BindsInstance AwsTandemConfig config);
  }
}
