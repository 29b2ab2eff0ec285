package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.application.wire.ProvisionPurpose;
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

/**
 * {@code PROVISION}: refresh of a {@code COMPLETED} backup into a new signing pair, stored {@code
 * INCOMPLETE} before the last engine reply leaves; {@code CONFIRM_PAIR} marks it {@code COMPLETED}.
 * A recovery then expects {@code REVOKE_OTHER_PAIRS}, still under the same wallet lease, and
 * revokes every other pair of the wallet.
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
  private CustodianBackupShare source;
  private CustodianSession<CustodianSigningShare> protocol;
  private Phase phase = Phase.PROTOCOL;

  ProvisionSession(
      CosignerSessionId sessionId, CosignRequest.Provision request, CosignContext context) {
    super(sessionId, request.walletId(), context);
    this.opening = request;
  }

  @Override
  CosignReply begin(CosignRequest request) {
    acquireLease();
    context.frozenWallets.requireNotFrozen(walletId);
    Versioned<CustodianBackupShareRecord> record =
        context.records.backupPair(walletId, opening.backupPairId());
    if (record.value().status() == PairStatus.FROZEN) {
      CustodianRecords.wipe(record.value());
      throw context.frozenWallets.frozenBackupFound(walletId);
    }
    if (record.value().status() != PairStatus.COMPLETED) {
      CustodianRecords.wipe(record.value());
      throw new StateInvalidException(
          "backup " + opening.backupPairId() + " of wallet " + walletId + " is not completed");
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
      if (opening.purpose() == ProvisionPurpose.RECOVER) {
        phase = Phase.AWAIT_REVOKE;
      } else {
        finish();
      }
      return CosignReply.Acknowledgement.EMPTY;
    }
    if (phase == Phase.AWAIT_REVOKE
        && request instanceof CosignRequest.RevokeOtherPairs revoke
        && revoke.keepPairId().equals(opening.newPairId())) {
      List<String> revoked = revokeOthers(opening.newPairId());
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

  private List<String> revokeOthers(SigningSharePairId keep) {
    List<SigningSharePairId> others = new ArrayList<>();
    for (Versioned<CustodianSigningShareRecord> record :
        context.records.signingShares().listByWallet(walletId)) {
      CustodianRecords.wipe(record.value());
      if (!record.value().pairId().equals(keep)) {
        others.add(record.value().pairId());
      }
    }
    List<String> revoked = new ArrayList<>();
    for (SigningSharePairId pairId : others) {
      PairStatus previous = context.records.revoke(walletId, pairId, context.now());
      if (previous == PairStatus.INCOMPLETE || previous == PairStatus.COMPLETED) {
        context.audit(AuditEvent.Type.PAIR_REVOKED, walletId, pairId);
        revoked.add(pairId.value());
      }
    }
    return revoked;
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
