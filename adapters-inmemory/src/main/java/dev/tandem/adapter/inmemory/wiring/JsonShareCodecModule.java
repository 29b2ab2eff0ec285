package dev.tandem.adapter.inmemory.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.adapter.json.JacksonShareCodec;
import dev.tandem.domain.port.ShareCodecPort;
import jakarta.inject.Singleton;

/** Key shares as the versioned JSON documents of docs/ARCHITECTURE.md §6, written with Jackson. */
@Module
public abstract class JsonShareCodecModule {
  private JsonShareCodecModule() {}

  @Binds
  @Singleton
  abstract ShareCodecPort shareCodec(JacksonShareCodec codec);
}
