package dev.tandem.adapter.gcp.wiring;

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
 * The values every other module of {@link GcpTandemComponent} needs, from its {@link
 * GcpTandemConfig}: the clock, the randomness, the custodian's session settings and session
 * registry window, and the engine's settings (the configured Paillier modulus size, randomness and
 * clock, and a work-stealing pool with one worker per processor for the engine's parallel steps;
 * its daemon threads end when idle).
 */
@Module
public final class GcpConfigModule {
  private GcpConfigModule() {}

  @Provides
  static Clock clock(GcpTandemConfig config) {
    return config.clock();
  }

  @Provides
  static SecureRandom random(GcpTandemConfig config) {
    return config.random();
  }

  @Provides
  @Singleton
  static CosignSettings cosignSettings(GcpTandemConfig config) {
    return config.cosignSettings();
  }

  @Provides
  static SessionWindow sessionWindow(GcpTandemConfig config) {
    return config.sessionWindow();
  }

  @Provides
  @Singleton
  @MpcEngineModule.Configured
  static EngineSettings engineSettings(GcpTandemConfig config) {
    return new EngineSettings(
        config.paillierModulusBits(),
        config.random(),
        new ForkJoinPool(Runtime.getRuntime().availableProcessors()),
        config.clock());
  }
}
