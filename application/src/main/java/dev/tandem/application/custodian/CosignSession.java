package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.application.wire.WireErrors;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletLease;
import java.security.MessageDigest;

/**
 * One custodian session: the state between a client's requests, as the session cache keeps it. A
 * subclass per opening kind accepts exactly the requests its protocol expects next; anything else
 * aborts the session.
 *
 * <p>Every request is handled under the session's monitor, so a transport that delivers twice at
 * once still runs each step once. The last request and its reply are kept: a request repeated
 * verbatim gets the same reply again, even after the session ended, until it expires.
 */
abstract class CosignSession {
  final CosignerSessionId sessionId;
  final WalletId walletId;
  final CosignContext context;

  private WalletLease lease;
  private byte[] lastRequest;
  private byte[] lastReply;
  private boolean closed;
  private boolean openFailed;

  CosignSession(CosignerSessionId sessionId, WalletId walletId, CosignContext context) {
    this.sessionId = sessionId;
    this.walletId = walletId;
    this.context = context;
  }

  /** The session for an opening request. */
  static CosignSession forOpening(
      CosignerSessionId sessionId, CosignRequest request, CosignContext context) {
    if (request instanceof CosignRequest.Generate generate) {
      return new GenerateSession(sessionId, generate, context);
    }
    if (request instanceof CosignRequest.Backup backup) {
      return new BackupSession(sessionId, backup, context);
    }
    if (request instanceof CosignRequest.Provision provision) {
      return new ProvisionSession(sessionId, provision, context);
    }
    if (request instanceof CosignRequest.Sign sign) {
      return new SignSession(sessionId, sign, context);
    }
    if (request instanceof CosignRequest.RecordBackupKey recordBackupKey) {
      return new RecordBackupKeySession(sessionId, recordBackupKey, context);
    }
    throw new IllegalArgumentException("not an opening request: " + kindOf(request));
  }

  /** Runs the opening request. */
  final synchronized byte[] open(byte[] rawRequest, CosignRequest request) {
    lastRequest = rawRequest;
    CosignReply reply = run(() -> begin(request));
    openFailed = closed && reply instanceof CosignReply.ErrorReply;
    lastReply = CosignWire.encodeReply(reply);
    return lastReply.clone();
  }

  /** Whether the opening request failed: the cache forgets such a session at once. */
  final synchronized boolean openFailed() {
    return openFailed;
  }

  /** Runs a later request of the session, or replays the last reply. */
  final synchronized byte[] handle(byte[] rawRequest) {
    if (lastRequest != null && MessageDigest.isEqual(rawRequest, lastRequest)) {
      return lastReply.clone();
    }
    if (closed) {
      // The kept request and reply stay as they are, so that a late verbatim retry still replays.
      return CosignWire.encodeReply(
          WireErrors.toReply(new StateInvalidException("session " + sessionId + " has ended")));
    }
    lastRequest = rawRequest;
    CosignReply reply =
        run(
            () -> {
              CosignRequest request = CosignWire.decodeRequest(rawRequest);
              if (!request.walletId().equals(walletId)) {
                throw new ProtocolAbortedException(
                    Party.CLIENT,
                    "request for wallet "
                        + request.walletId()
                        + " in a session of wallet "
                        + walletId);
              }
              if (request instanceof CosignRequest.Abort) {
                close();
                return CosignReply.Acknowledgement.EMPTY;
              }
              renewLease();
              return step(request);
            });
    lastReply = CosignWire.encodeReply(reply);
    return lastReply.clone();
  }

  /** The cache dropped the session after a period of inactivity. */
  final synchronized void expire() {
    close();
  }

  /** Handles the opening request. */
  abstract CosignReply begin(CosignRequest request);

  /** Handles a later request; {@link #unexpected} for one the protocol does not expect now. */
  abstract CosignReply step(CosignRequest request);

  /** Wipes whatever secrets the session holds. Called once, when the session closes. */
  abstract void discardSecrets();

  /** Takes the wallet lease for this modifying session, or fails with OPERATION_IN_PROGRESS. */
  final void acquireLease() {
    lease = context.walletLock.acquire(walletId, context.sessionTimeout);
  }

  /** The protocol is over: the lease is released and the secrets wiped; replays still work. */
  final void finish() {
    close();
  }

  final ProtocolAbortedException unexpected(CosignRequest request) {
    return new ProtocolAbortedException(
        Party.CLIENT,
        "unexpected "
            + kindOf(request)
            + " request in "
            + getClass().getSimpleName()
            + " "
            + sessionId);
  }

  private void renewLease() {
    if (lease != null && !context.walletLock.renew(lease, context.sessionTimeout)) {
      throw new StateInvalidException(
          "session " + sessionId + " lost its lease on wallet " + walletId);
    }
  }

  private void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (lease != null) {
        context.walletLock.release(lease);
        lease = null;
      }
    } finally {
      discardSecrets();
    }
  }

  @FunctionalInterface
  private interface Body {
    CosignReply run();
  }

  /** Runs a step; any failure closes the session and becomes an error reply. */
  private CosignReply run(Body body) {
    try {
      return body.run();
    } catch (TandemException e) {
      close();
      return WireErrors.toReply(e);
    } catch (RuntimeException e) {
      close();
      // Not a Tandem error: a defect or a broken adapter. Its message may say anything, so the
      // client learns only that the request failed.
      return WireErrors.toReply(
          new StateInvalidException(
              "the custodian failed to handle a request of session "
                  + sessionId
                  + " ("
                  + e.getClass().getSimpleName()
                  + ")"));
    }
  }

  static String kindOf(CosignRequest request) {
    return request.getClass().getSimpleName();
  }
}
