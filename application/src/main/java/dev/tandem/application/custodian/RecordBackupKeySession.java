package dev.tandem.application.custodian;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.Versioned;

/**
 * {@code RECORD_BACKUP_KEY}, a session of one request under the wallet lease: the completed backup
 * now names the new key, if it still named the previous one. Recording a key the backup already
 * names succeeds again, so a retried request is harmless. A frozen backup may be re-keyed too: the
 * owner keeps the one exit a frozen wallet has (eject), and rotating the key that protects it uses
 * no custodian secret and answers nothing about one.
 */
final class RecordBackupKeySession extends CosignSession {
  private final CosignRequest.RecordBackupKey opening;

  RecordBackupKeySession(
      CosignerSessionId sessionId, CosignRequest.RecordBackupKey request, CosignContext context) {
    super(sessionId, request.walletId(), context);
    this.opening = request;
  }

  @Override
  CosignReply begin(CosignRequest request) {
    acquireLease();
    Versioned<CustodianBackupShareRecord> current =
        context.records.backupPair(walletId, opening.backupPairId());
    CustodianBackupShareRecord record = current.value();
    try {
      if (record.status() != PairStatus.COMPLETED && record.status() != PairStatus.FROZEN) {
        throw new StateInvalidException(
            "backup " + opening.backupPairId() + " of wallet " + walletId + " is not completed");
      }
      if (!record.keyId().equals(opening.newKeyId())) {
        if (!record.keyId().equals(opening.previousKeyId())) {
          throw new WriteConflictException(
              "backup "
                  + opening.backupPairId()
                  + " of wallet "
                  + walletId
                  + " is no longer encrypted under key "
                  + opening.previousKeyId());
        }
        context
            .records
            .backupShares()
            .replace(record.withKey(opening.newKeyId(), context.now()), current.version());
      }
    } finally {
      CustodianRecords.wipe(record);
    }
    finish();
    return CosignReply.Acknowledgement.EMPTY;
  }

  @Override
  CosignReply step(CosignRequest request) {
    throw unexpected(request);
  }

  @Override
  void discardSecrets() {}
}
