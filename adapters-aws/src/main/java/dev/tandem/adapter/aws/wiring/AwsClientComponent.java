package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.ClientServices;
import dev.tandem.wiring.ClientUseCaseModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;

/**
 * The client on AWS, as a user's process runs it: its use cases, the user's backup keys in the S3
 * bucket under KMS envelopes (the key storage of {@link S3StorageModule}), a process-local
 * idempotency store, and the {@link CosignerChannelPort} to the custodian it is created with (a
 * transport to {@link AwsCustodianComponent#cosign()} in a backend).
 *
 * <p>Create it once per process and share it: its S3 and KMS clients keep their connection pools
 * for the life of the component.
 */
@Singleton
@Component(
    modules = {
      AwsConfigModule.class,
      AwsCredentialsModule.class,
      AwsClientsModule.class,
      S3StorageModule.class,
      ProcessLocalStateModule.class,
      ShareCodecModule.class,
      ClientUseCaseModule.class,
      MpcEngineModule.class
    })
public interface AwsClientComponent extends ClientServices {

  /** A client with the given configuration, talking to its custodian through {@code channel}. */
  static AwsClientComponent create(AwsTandemConfig config, CosignerChannelPort channel) {
    return DaggerAwsClientComponent.factory().create(config, channel);
  }

  /** Creates the component; {@code config} and {@code channel} are bound for every module. */
  @Component.Factory
  interface Factory {
    AwsClientComponent create(
        @BindsInstance AwsTandemConfig config, @BindsInstance CosignerChannelPort channel);
  }
}
