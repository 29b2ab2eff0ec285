package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.application.wire.ProvisionPurpose;
import dev.tandem.domain.error.PairLimitReachedException;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code PROVISION}: refresh of a {@code COMPLETED} backup into a new signing pair, stored {@code
 * INCOMPLETE} before the last engine reply leaves; {@code CONFIRM_PAIR} marks it {@code COMPLETED}.
 * Holds the wallet lease throughout.
 *
 * <p>A recovery revokes every other pair of the wallet as soon as the new pair is confirmed, then
 * expects {@code REVOKE_OTHER_PAIRS} (which revokes whatever is still live besides the new pair and
 * answers every pair the recovery revoked). Revoking at the confirmation, rather than on the
 * client's later request, means a recovery never leaves more live pairs behind than it found, even
 * if its client stops after confirming.
 *
 * <p>Limits: a provisioning is refused with {@code PAIR_LIMIT_REACHED} if the wallet already has
 * {@link CosignSettings#maxLivePairsPerWallet()} live pairs ({@code INCOMPLETE} or {@code
 * COMPLETED}), checked when the session opens and again right before the new pair is stored. A
 * recovery is never refused for it: a user who lost every device must never be locked out. When a
 * recovery opens on a wallet at or over the limit, the wallet's {@code INCOMPLETE} pairs are
 * revoked first: under this session's lease no other session can still confirm them, so they are
 * leftovers of provisionings or recoveries that failed, and would otherwise let unconfirmed
 * recoveries pile up pairs without bound.
 *
 * <p>A frozen wallet is refused with {@code WALLET_FROZEN} when the session opens, and before and
 * after each write: a provisioning under way when the wallet is frozen never yields a usable pair
 * (a pair stored or confirmed meanwhile is frozen with the rest).
 */
final class ProvisionSession extends CosignSession {
  private enum Phase {
    PROTOCOL,
    AWAIT_CONFIRM,
    AWAIT_REVOKE
  }

  private final CosignRequest.Provision opening;
  private final boolean recovery;
  private CustodianBackupShare source;
  private CustodianSession<CustodianSigningShare> protocol;
  private Phase phase = Phase.PROTOCOL;
  private final List<String> revokedByRecovery = new ArrayList<>();

  ProvisionSession(
      CosignerSessionId sessionId, CosignRequest.Provision request, CosignContext context) {
    super(sessionId, request.walletId(), context);
    this.opening = request;
    this.recovery = request.purpose() == ProvisionPurpose.RECOVER;
  }

  @Override
  CosignReply begin(CosignRequest request) {
    acquireLease();
    context.frozenWallets.requireNotFrozen(walletId);
    Versioned<CustodianBackupShareRecord> record =
        context.records.backupPair(walletId, opening.backupPairId());
    try {
      if (record.value().status() == PairStatus.FROZEN) {
        throw context.frozenWallets.frozenBackupFound(walletId);
      }
      if (record.value().status() != PairStatus.COMPLETED) {
        throw new StateInvalidException(
            "backup " + opening.backupPairId() + " of wallet " + walletId + " is not completed");
      }
      if (recovery) {
        revokeIncompletePairsAtTheLimit();
      } else {
        requireRoomForAnotherPair();
      }
    } catch (RuntimeException e) {
      CustodianRecords.wipe(record.value());
      throw e;
    }
    source = record.value().share();
    protocol = context.engine.beginProvision(source, opening.newPairId());
    return respond(opening.message());
  }

  @Override
  CosignReply step(CosignRequest request) {
    if (phase == Phase.PROTOCOL && request instanceof CosignRequest.Step step) {
      return respond(step.message());
    }
    if (phase == Phase.AWAIT_CONFIRM
        && request instanceof CosignRequest.ConfirmPair confirm
        && confirm.pairId().equals(opening.newPairId())) {
      context.frozenWallets.requireNotFrozen(walletId);
      context.records.complete(walletId, opening.newPairId(), context.now());
      // Frozen since the check: the new pair is frozen with the rest.
      context.frozenWallets.requireNotFrozenAfterWrite(walletId);
      if (recovery) {
        revokedByRecovery.addAll(revokeOthers(opening.newPairId()));
        phase = Phase.AWAIT_REVOKE;
      } else {
        finish();
      }
      return CosignReply.Acknowledgement.EMPTY;
    }
    if (phase == Phase.AWAIT_REVOKE
        && request instanceof CosignRequest.RevokeOtherPairs revoke
        && revoke.keepPairId().equals(opening.newPairId())) {
      List<String> revoked = new ArrayList<>(revokedByRecovery);
      revoked.addAll(revokeOthers(opening.newPairId()));
      finish();
      return new CosignReply.Acknowledgement(revoked);
    }
    throw unexpected(request);
  }

  private CosignReply respond(ProtocolMessage message) {
    byte[] reply = protocol.respond(message.bytes());
    if (protocol.isComplete()) {
      CustodianSigningShare share = protocol.result();
      try {
        context.frozenWallets.requireNotFrozen(walletId);
        if (!recovery) {
          requireRoomForAnotherPair();
        }
        context
            .records
            .signingShares()
            .create(
                CustodianSigningShareRecord.incomplete(
                    share, opening.deviceLabel(), context.now()));
      } finally {
        share.destroy();
      }
      phase = Phase.AWAIT_CONFIRM;
      discardSecrets();
      // Frozen since the check: the new pair is frozen with the rest, never confirmed.
      context.frozenWallets.requireNotFrozenAfterWrite(walletId);
    }
    return new CosignReply.EngineReply(ProtocolMessage.of(reply));
  }

  /** Refuses a provisioning that would take the wallet past its limit of live pairs. */
  private void requireRoomForAnotherPair() {
    if (livePairs(context.records.signingPairStatuses(walletId)) >= context.maxLivePairsPerWallet) {
      throw new PairLimitReachedException(walletId, context.maxLivePairsPerWallet);
    }
  }

  /** At or over the limit, a recovery first revokes the pairs no session can confirm any more. */
  private void revokeIncompletePairsAtTheLimit() {
    Map<SigningSharePairId, PairStatus> statuses = context.records.signingPairStatuses(walletId);
    if (livePairs(statuses) < context.maxLivePairsPerWallet) {
      return;
    }
    for (Map.Entry<SigningSharePairId, PairStatus> pair : statuses.entrySet()) {
      if (pair.getValue() == PairStatus.INCOMPLETE) {
        revoke(pair.getKey()).ifPresent(revokedByRecovery::add);
      }
    }
  }

  private static long livePairs(Map<SigningSharePairId, PairStatus> statuses) {
    return statuses.values().stream()
        .filter(status -> status == PairStatus.INCOMPLETE || status == PairStatus.COMPLETED)
        .count();
  }

  /** Revokes every pair of the wallet but {@code keep}; returns the ids of those it revoked. */
  private List<String> revokeOthers(SigningSharePairId keep) {
    List<String> revoked = new ArrayList<>();
    for (SigningSharePairId pairId : context.records.signingPairStatuses(walletId).keySet()) {
      if (!pairId.equals(keep)) {
        revoke(pairId).ifPresent(revoked::add);
      }
    }
    return revoked;
  }

  /** Revokes a pair and audits it; returns its id if this call revoked it. */
  private Optional<String> revoke(SigningSharePairId pairId) {
    PairStatus previous = context.records.revoke(walletId, pairId, context.now());
    if (previous == PairStatus.INCOMPLETE || previous == PairStatus.COMPLETED) {
      context.audit(AuditEvent.Type.PAIR_REVOKED, walletId, pairId);
      return Optional.of(pairId.value());
    }
    return Optional.empty();
  }

  @Override
  void discardSecrets() {
    protocol = null;
    if (source != null) {
      source.destroy();
      source = null;
    }
  }
}
