package dev.tandem.adapter.aws.wiring;

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
 * The values every other module of {@link AwsTandemComponent} needs: the system clock in UTC, one
 * {@link SecureRandom} for the component, the custodian's session settings and session registry
 * window from {@link AwsTandemConfig}, and the engine's settings (the configured Paillier modulus
 * size, that randomness and that clock, and a work-stealing pool with one worker per processor for
 * the engine's parallel steps; its daemon threads end when idle).
 */
@Module
public final class AwsConfigModule {
  private AwsConfigModule() {}

  @Provides
  @Singleton
  static Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  static SecureRandom random() {
    return new SecureRandom();
  }

  @Provides
  @Singleton
  static CosignSettings cosignSettings(AwsTandemConfig config) {
    return config.cosignSettings();
  }

  @Provides
  static SessionWindow sessionWindow(AwsTandemConfig config) {
    return config.sessionWindow();
  }

  @Provides
  @Singleton
  @MpcEngineModule.Configured
  static EngineSettings engineSettings(AwsTandemConfig config, SecureRandom random, Clock clock) {
    return new EngineSettings(
        config.paillierModulusBits(),
        random,
        new ForkJoinPool(Runtime.getRuntime().availableProcessors()),
        clock);
  }
}
