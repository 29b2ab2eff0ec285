package dev.tandem.mpc;

import dagger.BindsOptionalOf;
import dagger.Module;
import dagger.Provides;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.port.KeyExportPort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SignatureVerifierPort;
import jakarta.inject.Qualifier;
import jakarta.inject.Singleton;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.Optional;

/**
 * Binds the engine ports to the two-party ECDSA engine on Bouncy Castle: {@link
 * ClientMpcEnginePort}, {@link CustodianMpcEnginePort}, {@link KeyExportPort} and {@link
 * SignatureVerifierPort}, each a singleton.
 *
 * <p>The engine runs with the {@link EngineSettings} a component binds under {@link Configured}
 * (the Paillier modulus size, randomness and executor of its configuration), or with {@link
 * EngineSettings#defaults()} when it binds none. The custodian engine admits each run through the
 * {@link SessionRegistryPort} the component binds (in memory, or on the deployment's durable
 * storage), which it must bind. The component must be {@code @Singleton}.
 */
@Module
public abstract class MpcEngineModule {
  private MpcEngineModule() {}

  /** Qualifies the {@link EngineSettings} a component's configuration supplies to the engine. */
  @Qualifier
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Configured {}

  @BindsOptionalOf
  @Configured
  abstract EngineSettings configuredSettings();

  @Provides
  @Singleton
  static EngineSettings engineSettings(@Configured Optional<EngineSettings> configured) {
    return configured.orElseGet(EngineSettings::defaults);
  }

  @Provides
  @Singleton
  static ClientMpcEnginePort clientEngine(EngineSettings settings) {
    return new TwoPartyEcdsaClientEngine(settings);
  }

  @Provides
  @Singleton
  static CustodianMpcEnginePort custodianEngine(
      EngineSettings settings, SessionRegistryPort sessions) {
    return new TwoPartyEcdsaCustodianEngine(settings, sessions);
  }

  @Provides
  @Singleton
  static KeyExportPort keyExport() {
    return new TwoPartyEcdsaKeyExport();
  }

  @Provides
  @Singleton
  static SignatureVerifierPort signatureVerifier() {
    return new BouncyCastleSignatureVerifier();
  }
}
