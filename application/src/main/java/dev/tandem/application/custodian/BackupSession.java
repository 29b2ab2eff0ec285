package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code BACKUP}: refresh of a usable signing pair; the custodian backup share stored {@code
 * INCOMPLETE} (with the client's key id) before the last engine reply leaves; {@code
 * CONFIRM_BACKUP} marks it {@code COMPLETED}, then deletes the wallet's other backups and answers
 * their key ids. Holds the wallet lease. Refused with {@code WALLET_FROZEN} on a frozen wallet:
 * when it opens, and before and after each write, so that a backup under way when the wallet is
 * frozen never becomes a usable one (one completed meanwhile is frozen with the rest).
 */
final class BackupSession extends CosignSession {
  private final CosignRequest.Backup opening;
  private CustodianSigningShare source;
  private CustodianSession<CustodianBackupShare> protocol;
  private boolean stored;

  BackupSession(CosignerSessionId sessionId, CosignRequest.Backup request, CosignContext context) {
    super(sessionId, request.walletId(), context);
    this.opening = request;
  }

  @Override
  CosignReply begin(CosignRequest request) {
    acquireLease();
    context.frozenWallets.requireNotFrozen(walletId);
    Versioned<CustodianSigningShareRecord> record =
        context.records.signingPair(walletId, opening.sourcePairId());
    try {
      if (record.value().status() == PairStatus.FROZEN) {
        throw context.frozenWallets.frozenPairFound(walletId, opening.sourcePairId());
      }
      CustodianRecords.requireUsable(record.value());
    } catch (TandemException e) {
      CustodianRecords.wipe(record.value());
      throw e;
    }
    source = record.value().share().orElseThrow();
    protocol = context.engine.beginBackup(source, opening.backupPairId());
    return respond(opening.message());
  }

  @Override
  CosignReply step(CosignRequest request) {
    if (!stored && request instanceof CosignRequest.Step step) {
      return respond(step.message());
    }
    if (stored
        && request instanceof CosignRequest.ConfirmBackup confirm
        && confirm.backupPairId().equals(opening.backupPairId())) {
      List<String> deletedKeyIds = confirm(opening.backupPairId());
      finish();
      return new CosignReply.Acknowledgement(deletedKeyIds);
    }
    throw unexpected(request);
  }

  private CosignReply respond(ProtocolMessage message) {
    byte[] reply = protocol.respond(message.bytes());
    if (protocol.isComplete()) {
      CustodianBackupShare share = protocol.result();
      try {
        context.frozenWallets.requireNotFrozen(walletId);
        context
            .records
            .backupShares()
            .create(
                CustodianBackupShareRecord.incomplete(
                    share, BackupMethod.CLOUD_KEY, opening.keyId(), context.now()));
      } finally {
        share.destroy();
      }
      stored = true;
      discardSecrets();
      // Frozen since the check: the backup stays INCOMPLETE, which never completes.
      context.frozenWallets.requireNotFrozenAfterWrite(walletId);
    }
    return new CosignReply.EngineReply(ProtocolMessage.of(reply));
  }

  /**
   * Completes the backup, then deletes the wallet's other backups of the method. Once the backup is
   * {@code COMPLETED} and the wallet found not frozen after it, nothing fails the request any more:
   * an older backup that cannot be deleted now stays (it is no longer the newest) and the next
   * backup deletes it.
   *
   * @return the key ids of the deleted backups
   * @throws dev.tandem.domain.error.WalletFrozenException if the wallet is frozen, before or right
   *     after the backup was marked {@code COMPLETED} (it is then frozen too)
   */
  private List<String> confirm(BackupSharePairId backupPairId) {
    context.frozenWallets.requireNotFrozen(walletId);
    Versioned<CustodianBackupShareRecord> current =
        context.records.backupPair(walletId, backupPairId);
    CustodianBackupShareRecord record = current.value();
    try {
      if (record.status() == PairStatus.INCOMPLETE) {
        context.records.backupShares().replace(record.completed(context.now()), current.version());
      }
    } finally {
      CustodianRecords.wipe(record);
    }
    context.frozenWallets.requireNotFrozenAfterWrite(walletId);
    List<String> deletedKeyIds = new ArrayList<>();
    List<Versioned<CustodianBackupShareRecord>> all;
    try {
      all = context.records.backupShares().listByWallet(walletId);
    } catch (TandemException e) {
      return deletedKeyIds;
    }
    for (Versioned<CustodianBackupShareRecord> other : all) {
      CustodianBackupShareRecord otherRecord = other.value();
      CustodianRecords.wipe(otherRecord);
      if (otherRecord.pairId().equals(backupPairId) || otherRecord.method() != record.method()) {
        continue;
      }
      BackupKeyId keyId = otherRecord.keyId();
      try {
        context.records.backupShares().delete(walletId, otherRecord.pairId());
        if (!keyId.equals(record.keyId())) {
          deletedKeyIds.add(keyId.value());
        }
      } catch (TandemException e) {
        // Left for the next backup to delete.
      }
    }
    return deletedKeyIds;
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
