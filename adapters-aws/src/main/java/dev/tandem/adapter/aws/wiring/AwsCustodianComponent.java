package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.CustodianServices;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;

/**
 * The custodian on AWS, what a backend runs: its use cases ({@link #cosign()}, the endpoint to put
 * behind a transport that authenticates the client, and the operator's), its share records, wallet
 * freeze markers and session registry in the S3 bucket under KMS envelopes ({@link
 * S3StorageModule}), the user's backup keys in the same bucket for eject, and the process-local
 * wallet lock and audit log ({@link ProcessLocalStateModule}: one instance per bucket and prefix
 * until durable ones exist).
 *
 * <p>Create it once per process and share it: its S3 and KMS clients keep their connection pools
 * for the life of the component, and its open sessions are per instance.
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
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
public interface AwsCustodianComponent extends CustodianServices {

  /** A custodian with the given configuration. */
  static AwsCustodianComponent create(AwsTandemConfig config) {
    return DaggerAwsCustodianComponent.factory().create(config);
  }

  /** Creates the component; {@code config} is bound for every module to read. */
  @Component.Factory
  interface Factory {
    AwsCustodianComponent create(@BindsInstance AwsTandemConfig config);
  }
}
