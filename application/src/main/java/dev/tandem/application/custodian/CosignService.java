package dev.tandem.application.custodian;

import com.google.common.base.Ticker;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.RemovalListener;
import dev.tandem.application.port.in.CosignUseCase;
import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.application.wire.WireErrors;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletLockPort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * {@link CosignUseCase}: the custodian's endpoint. Dispatches each request to its session:
 *
 * <ul>
 *   <li>{@code GENERATE}, {@code BACKUP}, {@code PROVISION}, {@code SIGN} open a session with the
 *       engine's first message; {@code RECORD_BACKUP_KEY} is a session of one request. Every
 *       session but signing takes the wallet lease ({@link WalletLockPort}) first and holds it
 *       until it ends, is aborted or expires: a second modification of the wallet meanwhile gets
 *       {@code OPERATION_IN_PROGRESS}.
 *   <li>{@code STEP}, {@code CONFIRM_PAIR}, {@code CONFIRM_BACKUP}, {@code REVOKE_OTHER_PAIRS} and
 *       {@code ABORT} continue the open session; a request its protocol does not expect next aborts
 *       the session ({@code PROTOCOL_ABORTED} naming the client).
 *   <li>Records are written in the durable order of {@code application/DESIGN-NOTES.md}, with the
 *       repositories' conditional writes: a new pair is stored {@code INCOMPLETE} before the engine
 *       reply that completes the client's share leaves, and becomes {@code COMPLETED} on the
 *       client's confirmation; a backup likewise.
 *   <li>A frozen wallet ({@link FrozenWallets}) is refused with {@code WALLET_FROZEN} when a
 *       session opens, again right before the signing step that decrypts the client's ciphertext,
 *       and again before and after every record a provisioning or backup writes. That signing step
 *       runs under a per-wallet lock, so no two run at once for one wallet here; a signature that
 *       fails its final verification freezes the whole wallet before the lock is released.
 *   <li>A wallet has at most {@link CosignSettings#maxLivePairsPerWallet()} live signing pairs:
 *       {@code PROVISION} past it is refused with {@code PAIR_LIMIT_REACHED}; recovery never is.
 * </ul>
 *
 * <p>Sessions live in a Guava cache that expires them after {@link CosignSettings#sessionTimeout()}
 * of inactivity, as measured by the injected clock; an expired session releases its lease (the
 * lease also expires by itself after the same time). A request repeated verbatim within a session
 * gets the same reply again.
 */
public final class CosignService implements CosignUseCase {
  private final CosignContext context;
  private final Cache<CosignerSessionId, CosignSession> sessions;

  @Inject
  public CosignService(
      CustodianMpcEnginePort engine,
      SigningShareRepositoryPort signingShares,
      BackupShareRepositoryPort backupShares,
      WalletLockPort walletLock,
      AuditLogPort auditLog,
      FrozenWallets frozenWallets,
      Clock clock,
      CosignSettings settings) {
    Objects.requireNonNull(clock, "clock");
    this.context =
        new CosignContext(
            Objects.requireNonNull(engine, "engine"),
            new CustodianRecords(
                Objects.requireNonNull(signingShares, "signingShares"),
                Objects.requireNonNull(backupShares, "backupShares")),
            Objects.requireNonNull(walletLock, "walletLock"),
            Objects.requireNonNull(auditLog, "auditLog"),
            Objects.requireNonNull(frozenWallets, "frozenWallets"),
            clock,
            Objects.requireNonNull(settings, "settings"));
    RemovalListener<CosignerSessionId, CosignSession> onRemoval =
        removal -> {
          if (removal.wasEvicted() && removal.getValue() != null) {
            removal.getValue().expire();
          }
        };
    this.sessions =
        CacheBuilder.newBuilder()
            .ticker(clockTicker(clock))
            .expireAfterAccess(settings.sessionTimeout())
            .maximumSize(settings.maxSessions())
            .removalListener(onRemoval)
            .build();
  }

  @Override
  public byte[] handle(CosignerSessionId sessionId, byte[] request) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(request, "request");
    byte[] raw = request.clone();
    CosignSession session = sessions.getIfPresent(sessionId);
    if (session != null) {
      return session.handle(raw);
    }

    CosignRequest decoded;
    try {
      decoded = CosignWire.decodeRequest(raw);
    } catch (TandemException e) {
      return errorReply(e);
    }
    if (decoded instanceof CosignRequest.Abort) {
      return CosignWire.encodeReply(CosignReply.Acknowledgement.EMPTY);
    }
    if (!decoded.opensSession()) {
      return errorReply(
          new StateInvalidException("no open session " + sessionId + " (it ended or expired)"));
    }

    // Expired sessions release their leases now rather than at the cache's next maintenance.
    sessions.cleanUp();
    CosignSession fresh = CosignSession.forOpening(sessionId, decoded, context);
    CosignSession raced = sessions.asMap().putIfAbsent(sessionId, fresh);
    if (raced != null) {
      return raced.handle(raw);
    }
    byte[] reply = fresh.open(raw, decoded);
    if (fresh.openFailed()) {
      // Nothing to continue: a verbatim retry is handled afresh (after a busy wallet, say).
      sessions.asMap().remove(sessionId, fresh);
    }
    return reply;
  }

  private static byte[] errorReply(TandemException error) {
    return CosignWire.encodeReply(WireErrors.toReply(error));
  }

  private static Ticker clockTicker(Clock clock) {
    return new Ticker() {
      @Override
      public long read() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
      }
    };
  }
}
