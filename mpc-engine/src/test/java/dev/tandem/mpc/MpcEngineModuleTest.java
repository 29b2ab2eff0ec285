package dev.tandem.mpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.KeyExportPort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.port.SignatureVerifierPort;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * The module on its own: it binds every engine port, and runs the engine with the settings a
 * component supplies under {@link MpcEngineModule.Configured}, or with the defaults if none.
 */
class MpcEngineModuleTest {

  @Singleton
  @Component(modules = MpcEngineModule.class)
  interface DefaultEngineComponent {
    ClientMpcEnginePort client();

    CustodianMpcEnginePort custodian();

    KeyExportPort keyExport();

    SignatureVerifierPort verifier();

    EngineSettings settings();

    @Component.Factory
    interface Factory {
      DefaultEngineComponent create(@BindsInstance SessionRegistryPort sessions);
    }
  }

  @Singleton
  @Component(modules = MpcEngineModule.class)
  interface ConfiguredEngineComponent {
    EngineSettings settings();

    CustodianMpcEnginePort custodian();

    @Component.Factory
    interface Factory {
      ConfiguredEngineComponent create(
          @BindsInstance @MpcEngineModule.Configured EngineSettings settings,
          @BindsInstance SessionRegistryPort sessions);
    }
  }

  @Test
  void withoutConfiguredSettings_bindsEveryPortToTheEngineWithDefaults() {
    DefaultEngineComponent engine =
        DaggerMpcEngineModuleTest_DefaultEngineComponent.factory()
            .create(WindowedSessionRegistry.onSystemClock());

    assertInstanceOf(TwoPartyEcdsaClientEngine.class, engine.client());
    assertInstanceOf(TwoPartyEcdsaCustodianEngine.class, engine.custodian());
    assertInstanceOf(TwoPartyEcdsaKeyExport.class, engine.keyExport());
    assertInstanceOf(BouncyCastleSignatureVerifier.class, engine.verifier());
    assertEquals(
        EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS, engine.settings().paillierModulusBits());
    assertSame(engine.settings(), engine.settings());
    assertSame(engine.client(), engine.client());
  }

  @Test
  void configuredSettings_areTheOnesTheEngineRunsWith() {
    EngineSettings configured =
        new EngineSettings(
            EngineSettings.LARGE_PAILLIER_MODULUS_BITS, new SecureRandom(), Runnable::run);

    ConfiguredEngineComponent engine =
        DaggerMpcEngineModuleTest_ConfiguredEngineComponent.factory()
            .create(configured, WindowedSessionRegistry.onSystemClock());

    assertSame(configured, engine.settings());
  }

  @Test
  void theCustodianEngine_admitsEachRunThroughTheBoundRegistry() {
    WindowedSessionRegistry sessions = WindowedSessionRegistry.onSystemClock();
    ConfiguredEngineComponent engine =
        DaggerMpcEngineModuleTest_ConfiguredEngineComponent.factory()
            .create(EngineFixtures.SETTINGS, sessions);
    EngineFixtures.SigningPair wallet = EngineFixtures.wallet();

    CustodianSession<SignOutcome> session = engine.custodian().beginSign(wallet.custodian);
    EngineFixtures.CLIENT.sign(wallet.client, MessageHash.of(new byte[32]), session::respond);

    assertEquals(1, sessions.size());
  }
}
