package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.domain.error.PairUnusableException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.CustodianSigningShare;

/**
 * {@code SIGN}: signing with a {@code COMPLETED} pair. Takes no wallet lease (signing modifies
 * nothing) but checks the pair again before the signature leaves, so a pair revoked during the
 * session releases nothing. A signature that fails the engine's final verification freezes the pair
 * for good and answers {@code PAIR_FROZEN}; nothing is retried.
 */
final class SignSession extends CosignSession {
  private final SigningSharePairId pairId;
  private final ProtocolMessage firstMessage;
  private CustodianSigningShare share;
  private CustodianSession<SignOutcome> protocol;

  SignSession(CosignerSessionId sessionId, CosignRequest.Sign request, CosignContext context) {
    super(sessionId, request.walletId(), context);
    this.pairId = request.pairId();
    this.firstMessage = request.message();
  }

  @Override
  CosignReply begin(CosignRequest request) {
    share = usableShare();
    protocol = context.engine.beginSign(share);
    return respond(firstMessage);
  }

  @Override
  CosignReply step(CosignRequest request) {
    if (protocol != null && request instanceof CosignRequest.Step step) {
      return respond(step.message());
    }
    throw unexpected(request);
  }

  private CosignReply respond(ProtocolMessage message) {
    byte[] reply;
    try {
      reply = protocol.respond(message.bytes());
    } catch (TandemException e) {
      if (protocol.isComplete() && protocol.result() instanceof SignOutcome.VerificationFailed) {
        throw freeze();
      }
      throw e;
    }
    if (!protocol.isComplete()) {
      return new CosignReply.EngineReply(ProtocolMessage.of(reply));
    }
    if (protocol.result() instanceof SignOutcome.VerificationFailed) {
      throw freeze();
    }
    // The signature leaves only if the pair may still sign: a revocation during the session wins.
    usableShare().destroy();
    finish();
    return new CosignReply.EngineReply(ProtocolMessage.of(reply));
  }

  /** Freezes the pair, records the event, and returns the error to answer with. */
  private PairUnusableException freeze() {
    discardSecrets();
    context.records.freeze(walletId, pairId, context.now());
    context.audit(AuditEvent.Type.PAIR_FROZEN, walletId, pairId);
    return PairUnusableException.frozen(pairId);
  }

  private CustodianSigningShare usableShare() {
    Versioned<CustodianSigningShareRecord> record = context.records.signingPair(walletId, pairId);
    try {
      CustodianRecords.requireUsable(record.value());
    } catch (TandemException e) {
      CustodianRecords.wipe(record.value());
      throw e;
    }
    return record.value().share().orElseThrow();
  }

  @Override
  void discardSecrets() {
    protocol = null;
    if (share != null) {
      share.destroy();
      share = null;
    }
  }
}
