package dev.tandem.adapter.inmemory.wiring;

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
 * The client alone, as a device or a user's process runs it: its use cases, the user's key storage
 * and its idempotency store in memory, and the {@link CosignerChannelPort} to a custodian it is
 * created with (a transport to a remote custodian, or in tests a loopback to a custodian component
 * in the same JVM).
 *
 * <pre>{@code
 * InMemoryCustodianComponent custodian = InMemoryCustodianComponent.create(config);
 * InMemoryClientComponent client =
 *     InMemoryClientComponent.create(config, new LoopbackCosignerChannel(custodian.cosign()));
 * }</pre>
 */
@Singleton
@Component(
    modules = {
      InMemoryConfigModule.class,
      InMemoryKeyStorageModule.class,
      ProcessLocalStateModule.class,
      ShareCodecModule.class,
      ClientUseCaseModule.class,
      MpcEngineModule.class
    })
public interface InMemoryClientComponent extends ClientServices {

  /** A client with the given configuration, talking to its custodian through {@code channel}. */
  static InMemoryClientComponent create(InMemoryTandemConfig config, CosignerChannelPort channel) {
    return DaggerInMemoryClientComponent.factory().create(config, channel);
  }

  /** Creates the component; {@code config} and {@code channel} are bound for every module. */
  @Component.Factory
  interface Factory {
    InMemoryClientComponent create(
        @BindsInstance InMemoryTandemConfig config, @BindsInstance CosignerChannelPort channel);
  }
}
