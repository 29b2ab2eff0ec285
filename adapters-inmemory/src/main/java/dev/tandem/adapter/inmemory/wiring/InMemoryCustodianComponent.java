package dev.tandem.adapter.inmemory.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.CustodianServices;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;

/**
 * The custodian alone, every record in memory: its use cases ({@link #cosign()}, the endpoint to
 * put behind a transport, and the operator's), its share repositories, wallet freeze markers,
 * session registry, wallet lock and audit log, and a key storage of its own that only eject reads.
 * Clients reach it through a {@link dev.tandem.domain.port.CosignerChannelPort} that hands their
 * requests to {@link #cosign()}.
 *
 * <p>For tests and trials of a split deployment; nothing outlives the component, and since the
 * user's backup keys are with the client, eject finds a key only if it was stored here.
 */
@Singleton
@Component(
    modules = {
      InMemoryConfigModule.class,
      InMemoryKeyStorageModule.class,
      InMemoryCustodianStorageModule.class,
      ProcessLocalStateModule.class,
      ShareCodecModule.class,
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
public interface InMemoryCustodianComponent extends CustodianServices {

  /** A custodian with the given configuration. */
  static InMemoryCustodianComponent create(InMemoryTandemConfig config) {
    return DaggerInMemoryCustodianComponent.factory().create(config);
  }

  /** Creates the component; {@code config} is bound for every module to read. */
  @Component.Factory
  interface Factory {
    InMemoryCustodianComponent create(@BindsInstance InMemoryTandemConfig config);
  }
}
