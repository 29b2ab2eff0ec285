package dev.tandem.wiring.local;

import dagger.Binds;
import dagger.Module;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.WalletLockPort;
import jakarta.inject.Singleton;

/**
 * Binds the wallet lock, the idempotency store and the audit log to their process-local
 * implementations. Leases are seen, idempotency keys remembered and audit events kept only inside
 * this JVM, and all of it is lost when it stops, whatever storage the component's records are in.
 *
 * <p>That is right for one custodian process (the lock and the audit log) and one client process
 * (the idempotency store). A custodian running as several instances behind a load balancer needs
 * durable, shared implementations of {@link WalletLockPort}, {@link IdempotencyStorePort} and
 * {@link AuditLogPort}; none is built yet. Such a deployment swaps this module for one that binds
 * them. Needs a {@link java.time.Clock}.
 */
@Module
public abstract class ProcessLocalStateModule {
  private ProcessLocalStateModule() {}

  @Binds
  @Singleton
  abstract WalletLockPort walletLock(ProcessLocalWalletLock adapter);

  @Binds
  @Singleton
  abstract IdempotencyStorePort idempotencyStore(ProcessLocalIdempotencyStore adapter);

  @Binds
  @Singleton
  abstract AuditLogPort auditLog(ProcessLocalAuditLog adapter);
}
