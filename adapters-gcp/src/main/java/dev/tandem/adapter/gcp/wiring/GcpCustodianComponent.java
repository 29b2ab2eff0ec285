package dev.tandem.adapter.gcp.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.CustodianServices;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;

/**
 * The custodian on GCP, what a backend runs: its use cases ({@link #cosign()}, the endpoint to put
 * behind a transport that authenticates the client, and the operator's), its share records, wallet
 * freeze markers and session registry in Cloud Storage sealed under the key-encryption key ({@link
 * GcsStorageModule}), the user's backup keys in the same bucket for eject, and the process-local
 * wallet lock and audit log ({@link ProcessLocalStateModule}: one instance per bucket and prefix
 * until durable ones exist).
 *
 * <p>Create it once and share it: its open sessions and its Cloud Storage client are per
 * component.
 */
@Singleton
@Component(
    modules = {
      GcpConfigModule.class,
      ProcessLocalStateModule.class,
      GcpClientsModule.class,
      GcsStorageModule.class,
      ShareCodecModule.class,
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
public interface GcpCustodianComponent extends CustodianServices {

  /** A custodian with the given configuration. */
  static GcpCustodianComponent create(GcpTandemConfig config) {
    return DaggerGcpCustodianComponent.factory().create(config);
  }

  /** Creates the component; {@code config} is bound for every module to read. */
  @Component.Factory
  interface Factory {
    GcpCustodianComponent create(@BindsInstance GcpTandemConfig config);
  }
}
