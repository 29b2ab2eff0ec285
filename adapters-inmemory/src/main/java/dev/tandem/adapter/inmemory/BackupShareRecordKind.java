package dev.tandem.adapter.inmemory;

import dev.tandem.domain.port.CustodianBackupShareRecord;
import java.time.Instant;

/** Copies and wipes custodian backup share records. */
final class BackupShareRecordKind implements RecordKind<CustodianBackupShareRecord> {

  @Override
  public String name() {
    return "backup share record";
  }

  @Override
  public Instant createdAt(CustodianBackupShareRecord record) {
    return record.createdAt();
  }

  @Override
  public CustodianBackupShareRecord copyOf(CustodianBackupShareRecord record) {
    return CustodianBackupShareRecord.restore(
        SecretCopies.copyOf(record.share()),
        record.method(),
        record.status(),
        record.keyId(),
        record.createdAt(),
        record.updatedAt());
  }

  @Override
  public void wipe(CustodianBackupShareRecord record) {
    record.share().destroy();
  }
}
