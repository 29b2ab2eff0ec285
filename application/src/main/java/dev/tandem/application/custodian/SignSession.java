package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.util.function.Supplier;

/**
 * {@code SIGN}: signing with a {@code COMPLETED} pair of a wallet that is not frozen. Takes no
 * wallet lease (signing modifies nothing).
 *
 * <p>The opening request (the client's round 1) is answered at once. Every later engine message
 * (round 3, the ciphertext the custodian decrypts) is handed to the engine under the wallet's
 * signing lock ({@link WalletSigningLocks}), right after checking, under that lock, that the wallet
 * is not frozen and the pair is still usable. A signature that fails the engine's final
 * verification freezes the whole wallet in this process before the lock is released ({@link
 * FrozenWallets}), then durably, and answers {@code WALLET_FROZEN}; nothing is retried. So of the
 * sessions opened on a wallet before a failure, one gets the failure and every other {@code
 * WALLET_FROZEN} before its ciphertext is decrypted. The lock is per process: custodian instances
 * sharing a store each serialize their own sessions, and see one another's freezes through the
 * durable marker.
 *
 * <p>The signature leaves only if the pair may still sign when it is ready: a revocation during the
 * session wins.
 */
final class SignSession extends CosignSession {
  private final SigningSharePairId pairId;
  private final ProtocolMessage firstMessage;
  private CustodianSigningShare share;
  private CustodianSession<SignOutcome> protocol;
  private boolean froze;

  SignSession(CosignerSessionId sessionId, CosignRequest.Sign request, CosignContext context) {
    super(sessionId, request.walletId(), context);
    this.pairId = request.pairId();
    this.firstMessage = request.message();
  }

  @Override
  CosignReply begin(CosignRequest request) {
    context.frozenWallets.requireNotFrozen(walletId);
    share = usableShare();
    protocol = context.engine.beginSign(share);
    return afterwardsLandingAnyFreeze(() -> respond(firstMessage));
  }

  @Override
  CosignReply step(CosignRequest request) {
    if (protocol != null && request instanceof CosignRequest.Step step) {
      return afterwardsLandingAnyFreeze(
          () ->
              context.signingLocks.callExclusively(
                  walletId,
                  () -> {
                    context.frozenWallets.requireNotFrozen(walletId);
                    usableShare().destroy();
                    return respond(step.message());
                  }));
    }
    throw unexpected(request);
  }

  /**
   * Runs {@code body}; if it froze the wallet, tries at once to make the freeze durable (outside
   * the signing lock, which the other sessions of the wallet are waiting for).
   */
  private CosignReply afterwardsLandingAnyFreeze(Supplier<CosignReply> body) {
    try {
      return body.get();
    } finally {
      if (froze) {
        context.frozenWallets.land(walletId);
      }
    }
  }

  private CosignReply respond(ProtocolMessage message) {
    byte[] reply;
    try {
      reply = protocol.respond(message.bytes());
    } catch (TandemException e) {
      if (protocol.isComplete() && protocol.result() instanceof SignOutcome.VerificationFailed) {
        throw verificationFailed();
      }
      throw e;
    }
    if (!protocol.isComplete()) {
      return new CosignReply.EngineReply(ProtocolMessage.of(reply));
    }
    if (protocol.result() instanceof SignOutcome.VerificationFailed) {
      throw verificationFailed();
    }
    // The signature leaves only if the pair may still sign: a revocation during the session wins.
    usableShare().destroy();
    finish();
    return new CosignReply.EngineReply(ProtocolMessage.of(reply));
  }

  /** Freezes the wallet in this process (no I/O) and returns the error to answer with. */
  private WalletFrozenException verificationFailed() {
    discardSecrets();
    froze = true;
    context.frozenWallets.freezeAfterFailedSignature(walletId, pairId);
    return WalletFrozenException.afterFailedSignature(walletId, pairId);
  }

  private CustodianSigningShare usableShare() {
    Versioned<CustodianSigningShareRecord> record = context.records.signingPair(walletId, pairId);
    try {
      if (record.value().status() == PairStatus.FROZEN) {
        throw context.frozenWallets.frozenPairFound(walletId, pairId);
      }
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
