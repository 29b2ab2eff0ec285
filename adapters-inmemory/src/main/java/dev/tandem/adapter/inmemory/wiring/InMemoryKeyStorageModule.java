package dev.tandem.adapter.inmemory.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.adapter.inmemory.InMemoryKeyStorage;
import dev.tandem.domain.port.KeyStoragePort;
import jakarta.inject.Singleton;

/**
 * Binds the user's key storage (the backup encryption keys) to the in-memory adapter, a singleton:
 * one store per component. The client reads and writes it; the custodian reads it only to eject,
 * so in the embedded component both roles share one store, while a client component and a
 * custodian component each hold their own.
 */
@Module
public abstract class InMemoryKeyStorageModule {
  private InMemoryKeyStorageModule() {}

  @Binds
  @Singleton
  abstract KeyStoragePort keyStorage(InMemoryKeyStorage adapter);
}
