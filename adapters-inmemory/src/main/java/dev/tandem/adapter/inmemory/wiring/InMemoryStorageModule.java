package dev.tandem.adapter.inmemory.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.adapter.inmemory.InMemoryAuditLog;
import dev.tandem.adapter.inmemory.InMemoryBackupShareRepository;
import dev.tandem.adapter.inmemory.InMemoryIdempotencyStore;
import dev.tandem.adapter.inmemory.InMemoryKeyStorage;
import dev.tandem.adapter.inmemory.InMemorySessionRegistry;
import dev.tandem.adapter.inmemory.InMemorySigningShareRepository;
import dev.tandem.adapter.inmemory.InMemoryWalletFreezeRepository;
import dev.tandem.adapter.inmemory.InMemoryWalletLock;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import dev.tandem.domain.port.WalletLockPort;
import jakarta.inject.Singleton;

/**
 * Binds the storage ports (key storage, signing and backup share repositories, wallet freeze
 * markers), the wallet lock, the idempotency store, the audit log and the custodian's session
 * registry to their in-memory adapters. Each is a singleton: one store per component, shared by the
 * client and the custodian it embeds. Needs a {@link java.time.Clock} (lock expiry, idempotency
 * retention, the session registry) and a {@link dev.tandem.domain.port.SessionWindow}.
 */
@Module
public abstract class InMemoryStorageModule {
  private InMemoryStorageModule() {}

  @Binds
  @Singleton
  abstract KeyStoragePort keyStorage(InMemoryKeyStorage adapter);

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
  abstract WalletLockPort walletLock(InMemoryWalletLock adapter);

  @Binds
  @Singleton
  abstract IdempotencyStorePort idempotencyStore(InMemoryIdempotencyStore adapter);

  @Binds
  @Singleton
  abstract AuditLogPort auditLog(InMemoryAuditLog adapter);

  @Binds
  @Singleton
  abstract SessionRegistryPort sessionRegistry(InMemorySessionRegistry adapter);
}
