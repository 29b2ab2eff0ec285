package dev.tandem.adapter.gcp.wiring;

import dagger.Module;
import dagger.Provides;
import dev.tandem.wiring.TandemSettings;
import dev.tandem.wiring.TandemSettingsModule;

/**
 * The settings of the {@link GcpTandemConfig} a component is created with, and through {@link
 * TandemSettingsModule} what every other module needs from them: the clock, the randomness, the
 * custodian's session settings, the session registry's window and the engine's settings.
 */
@Module(includes = TandemSettingsModule.class)
public final class GcpConfigModule {
  private GcpConfigModule() {}

  @Provides
  static TandemSettings settings(GcpTandemConfig config) {
    return config.settings();
  }
}
