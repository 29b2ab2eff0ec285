package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.util.List;

/**
 * {@code GENERATE}: keygen steps, then the custodian half stored {@code INCOMPLETE} before the last
 * engine reply leaves, then {@code CONFIRM_PAIR} marks it {@code COMPLETED}. Holds the wallet
 * lease. Refuses a wallet id that is taken ({@code STATE_INVALID}) or frozen ({@code
 * WALLET_FROZEN}: a freeze outlives the wallet's records).
 */
final class GenerateSession extends CosignSession {
  private final SigningSharePairId pairId;
  private final String deviceLabel;
  private CustodianSession<CustodianSigningShare> protocol;
  private boolean stored;

  GenerateSession(
      CosignerSessionId sessionId, CosignRequest.Generate request, CosignContext context) {
    super(sessionId, request.walletId(), context);
    this.pairId = request.pairId();
    this.deviceLabel = request.deviceLabel();
  }

  @Override
  CosignReply begin(CosignRequest request) {
    acquireLease();
    context.frozenWallets.requireNotFrozen(walletId);
    discardFailedCreation();
    protocol = context.engine.beginGenerate(walletId, pairId);
    return respond(((CosignRequest.Generate) request).message());
  }

  @Override
  CosignReply step(CosignRequest request) {
    if (!stored && request instanceof CosignRequest.Step step) {
      return respond(step.message());
    }
    if (stored
        && request instanceof CosignRequest.ConfirmPair confirm
        && confirm.pairId().equals(pairId)) {
      context.records.complete(walletId, pairId, context.now());
      finish();
      return CosignReply.Acknowledgement.EMPTY;
    }
    throw unexpected(request);
  }

  /**
   * A wallet exists once it has a pair beyond {@code INCOMPLETE} or a backup. A creation that
   * failed before its confirmation leaves only {@code INCOMPLETE} pairs, which never signed and
   * whose key nobody was given: they are deleted, so the creation can be retried under the same
   * wallet id.
   *
   * @throws StateInvalidException if the wallet exists
   */
  private void discardFailedCreation() {
    List<Versioned<CustodianSigningShareRecord>> pairs =
        context.records.signingShares().listByWallet(walletId);
    boolean exists = false;
    for (Versioned<CustodianSigningShareRecord> record : pairs) {
      CustodianRecords.wipe(record.value());
      exists |= record.value().status() != PairStatus.INCOMPLETE;
    }
    List<Versioned<CustodianBackupShareRecord>> backups =
        context.records.backupShares().listByWallet(walletId);
    backups.forEach(record -> CustodianRecords.wipe(record.value()));
    if (exists || !backups.isEmpty()) {
      throw new StateInvalidException("wallet " + walletId + " already exists");
    }
    for (Versioned<CustodianSigningShareRecord> leftover : pairs) {
      context.records.signingShares().delete(walletId, leftover.value().pairId());
    }
  }

  private CosignReply respond(ProtocolMessage message) {
    byte[] reply = protocol.respond(message.bytes());
    if (protocol.isComplete()) {
      CustodianSigningShare share = protocol.result();
      try {
        context
            .records
            .signingShares()
            .create(CustodianSigningShareRecord.incomplete(share, deviceLabel, context.now()));
      } finally {
        share.destroy();
      }
      stored = true;
      protocol = null;
    }
    return new CosignReply.EngineReply(ProtocolMessage.of(reply));
  }

  @Override
  void discardSecrets() {
    protocol = null;
  }
}
