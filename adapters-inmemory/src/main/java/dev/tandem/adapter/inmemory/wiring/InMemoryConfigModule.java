package dev.tandem.adapter.inmemory.wiring;

import dagger.Module;
import dagger.Provides;
import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.mpc.EngineSettings;
import dev.tandem.mpc.MpcEngineModule;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.ForkJoinPool;

/**
 * The values every other module needs, from the {@link InMemoryTandemConfig} the component is
 * created with: the clock, the randomness, the custodian's session settings and session registry
 * window, and the engine's settings (the configured Paillier modulus size, randomness and clock,
 * and a work-stealing pool with one worker per processor for the engine's parallel steps; its
 * daemon threads end when idle).
 */
@Module
public final class InMemoryConfigModule {
  private InMemoryConfigModule() {}

  @Provides
  static Clock clock(InMemoryTandemConfig config) {
    return config.clock();
  }

  @Provides
  static SecureRandom random(InMemoryTandemConfig config) {
    return config.random();
  }

  @Provides
  @Singleton
  static CosignSettings cosignSettings(InMemoryTandemConfig config) {
    return config.cosignSettings();
  }

  @Provides
  static SessionWindow sessionWindow(InMemoryTandemConfig config) {
    return config.sessionWindow();
  }

  @Provides
  @Singleton
  @MpcEngineModule.Configured
  static EngineSettings engineSettings(InMemoryTandemConfig config) {
    return new EngineSettings(
        config.paillierModulusBits(),
        config.random(),
        new ForkJoinPool(Runtime.getRuntime().availableProcessors()),
        config.clock());
  }
}
