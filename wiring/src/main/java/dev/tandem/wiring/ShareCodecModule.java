package dev.tandem.wiring;

import dagger.Module;
import dagger.Provides;
import dev.tandem.adapter.json.JacksonShareCodec;
import dev.tandem.domain.port.ShareCodecPort;
import jakarta.inject.Singleton;

/**
 * Key shares as the versioned JSON documents of docs/ARCHITECTURE.md §6, written with Jackson.
 *
 * <p>Provided rather than bound, so that a component's generated code names only this module and
 * the port, never the JSON adapter: a storage adapter's component stays clear of another adapter.
 */
@Module
public final class ShareCodecModule {
  private ShareCodecModule() {}

  @Provides
  @Singleton
  static ShareCodecPort shareCodec() {
    return new JacksonShareCodec();
  }
}
