package dev.tandem.wiring;

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
 * The values every other module needs, from the component's {@link TandemSettings} (which a
 * deployment's configuration module provides): the clock, the randomness, the custodian's session
 * settings and session registry window, and the engine's settings (the configured Paillier modulus
 * size, randomness and clock, and a work-stealing pool with one worker per processor for the
 * engine's parallel steps; its daemon threads end when idle).
 */
@Module
public final class TandemSettingsModule {
  private TandemSettingsModule() {}

  @Provides
  static Clock clock(TandemSettings settings) {
    return settings.clock();
  }

  @Provides
  static SecureRandom random(TandemSettings settings) {
    return settings.random();
  }

  @Provides
  @Singleton
  static CosignSettings cosignSettings(TandemSettings settings) {
    return settings.cosignSettings();
  }

  @Provides
  static SessionWindow sessionWindow(TandemSettings settings) {
    return settings.sessionWindow();
  }

  @Provides
  @Singleton
  @MpcEngineModule.Configured
  static EngineSettings engineSettings(TandemSettings settings) {
    return new EngineSettings(
        settings.paillierModulusBits(),
        settings.random(),
        new ForkJoinPool(Runtime.getRuntime().availableProcessors()),
        settings.clock());
  }
}
