package dev.tandem.adapter.aws.wiring;

import dagger.Module;
import dagger.Provides;
import dev.tandem.wiring.TandemSettings;
import dev.tandem.wiring.TandemSettingsModule;

/**
 * The settings of the {@link AwsTandemConfig} a component is created with, and through {@link
 * TandemSettingsModule} what every other module needs from them: the clock (the system clock in
 * UTC unless configured), the component's randomness, the custodian's session settings, the
 * session registry's window and the engine's settings.
 */
@Module(includes = TandemSettingsModule.class)
public final class AwsConfigModule {
  private AwsConfigModule() {}

  @Provides
  static TandemSettings settings(AwsTandemConfig config) {
    return config.settings();
  }
}
