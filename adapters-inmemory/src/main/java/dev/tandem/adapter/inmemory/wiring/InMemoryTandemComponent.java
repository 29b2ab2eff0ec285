package dev.tandem.adapter.inmemory.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.ClientUseCaseModule;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.EmbeddedServices;
import dev.tandem.wiring.LoopbackChannelModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;

/**
 * The embedded deployment: the client and the custodian in one JVM, talking through the in-process
 * loopback channel, every record in memory. Needs no cloud account; nothing outlives the
 * component. It is the default for trying Tandem out, for tests, and for the {@code tandem demo}
 * command. The same roles can run apart: {@link InMemoryCustodianComponent} and {@link
 * InMemoryClientComponent}.
 *
 * <p>Create it once and share it: each instance is a separate world of wallets.
 *
 * <pre>{@code
 * InMemoryTandemComponent tandem = InMemoryTandemComponent.create(InMemoryTandemConfig.defaults());
 * CreateWalletResult wallet =
 *     tandem.createWallet().createWallet(
 *         CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
 * }</pre>
 */
@Singleton
@Component(
    modules = {
      InMemoryConfigModule.class,
      InMemoryKeyStorageModule.class,
      InMemoryCustodianStorageModule.class,
      ProcessLocalStateModule.class,
      LoopbackChannelModule.class,
      ShareCodecModule.class,
      ClientUseCaseModule.class,
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
public interface InMemoryTandemComponent extends EmbeddedServices {

  /** A component with the given configuration. */
  static InMemoryTandemComponent create(InMemoryTandemConfig config) {
    return DaggerInMemoryTandemComponent.factory().create(config);
  }

  /** Creates the component; {@code config} is bound for every module to read. */
  @Component.Factory
  interface Factory {
    InMemoryTandemComponent create(@BindsInstance InMemoryTandemConfig config);
  }
}
