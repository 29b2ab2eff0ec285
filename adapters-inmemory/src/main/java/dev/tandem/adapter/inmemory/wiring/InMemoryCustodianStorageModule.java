package dev.tandem.adapter.inmemory.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.adapter.inmemory.InMemoryBackupShareRepository;
import dev.tandem.adapter.inmemory.InMemorySessionRegistry;
import dev.tandem.adapter.inmemory.InMemorySigningShareRepository;
import dev.tandem.adapter.inmemory.InMemoryWalletFreezeRepository;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Singleton;

/**
 * Binds the custodian's storage ports (signing and backup share repositories, wallet freeze
 * markers) and its session registry to their in-memory adapters, each a singleton: one store per
 * component. Needs a {@link java.time.Clock} and a {@link dev.tandem.domain.port.SessionWindow}
 * (the session registry).
 */
@Module
public abstract class InMemoryCustodianStorageModule {
  private InMemoryCustodianStorageModule() {}

  @Binds
  @Singleton
  abstract SigningShareRepositoryPort signingShareRepository(InMemorySigningShareRepository adapter);

  @Binds
  @Singleton
  abstract BackupShareRepositoryPort backupShareRepository(InMemoryBackupShareRepository adapter);

  @Binds
  @Singleton
  abstract WalletFreezeRepositoryPort walletFreezes(InMemoryWalletFreezeRepository adapter);

  @Binds
  @Singleton
  abstract SessionRegistryPort sessionRegistry(InMemorySessionRegistry adapter);
}
