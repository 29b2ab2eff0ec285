package dev.tandem.adapter.gcp.wiring;

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
 * The client on GCP, as a user's process runs it: its use cases, the user's backup keys in Cloud
 * Storage sealed under the key-encryption key (the key storage of {@link GcsStorageModule}), a
 * process-local idempotency store, and the {@link CosignerChannelPort} to the custodian it is
 * created with (a transport to {@link GcpCustodianComponent#cosign()} in a backend).
 *
 * <p>Create it once and share it: its Cloud Storage client is per component.
 */
@Singleton
@Component(
    modules = {
      GcpConfigModule.class,
      ProcessLocalStateModule.class,
      GcpClientsModule.class,
      GcsStorageModule.class,
      ShareCodecModule.class,
      ClientUseCaseModule.class,
      MpcEngineModule.class
    })
public interface GcpClientComponent extends ClientServices {

  /** A client with the given configuration, talking to its custodian through {@code channel}. */
  static GcpClientComponent create(GcpTandemConfig config, CosignerChannelPort channel) {
    return DaggerGcpClientComponent.factory().create(config, channel);
  }

  /** Creates the component; {@code config} and {@code channel} are bound for every module. */
  @Component.Factory
  interface Factory {
    GcpClientComponent create(
        @BindsInstance GcpTandemConfig config, @BindsInstance CosignerChannelPort channel);
  }
}
