package dev.tandem.adapter.inmemory.wiring;

import dagger.Module;
import dagger.Provides;
import dev.tandem.wiring.TandemSettings;
import dev.tandem.wiring.TandemSettingsModule;

/**
 * The settings of the {@link InMemoryTandemConfig} a component is created with, and through {@link
 * TandemSettingsModule} the clock, randomness, session settings, session registry window and
 * engine settings made from them.
 */
@Module(includes = TandemSettingsModule.class)
public final class InMemoryConfigModule {
  private InMemoryConfigModule() {}

  @Provides
  static TandemSettings settings(InMemoryTandemConfig config) {
    return config.settings();
  }
}
