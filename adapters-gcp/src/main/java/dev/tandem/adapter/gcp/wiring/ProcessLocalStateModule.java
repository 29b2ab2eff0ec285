package dev.tandem.adapter.gcp.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.adapter.inmemory.InMemoryAuditLog;
import dev.tandem.adapter.inmemory.InMemoryIdempotencyStore;
import dev.tandem.adapter.inmemory.InMemoryWalletLock;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.WalletLockPort;
import jakarta.inject.Singleton;

/**
 * Binds the wallet lock, the idempotency store and the audit log to the in-memory adapters: in
 * {@link GcpTandemComponent} they are <strong>process-local</strong>. Leases are seen, idempotency
 * keys remembered and audit events kept only inside this JVM, and all of it is lost when it stops;
 * none of it is in the bucket.
 *
 * <p>That is right for one custodian process. A custodian run as several instances over one bucket
 * and prefix needs durable, shared implementations of {@link WalletLockPort}, {@link
 * IdempotencyStorePort} and {@link AuditLogPort}; none is built yet. Such a deployment swaps this
 * module for one that binds them. Needs a {@link java.time.Clock}.
 */
@Module
public abstract class ProcessLocalStateModule {
  private ProcessLocalStateModule() {}

  @Binds
  @Singleton
  abstract WalletLockPort walletLock(InMemoryWalletLock adapter);

  @Binds
  @Singleton
  abstract IdempotencyStorePort idempotencyStore(InMemoryIdempotencyStore adapter);

  @Binds
  @Singleton
  abstract AuditLogPort auditLog(InMemoryAuditLog adapter);
}
