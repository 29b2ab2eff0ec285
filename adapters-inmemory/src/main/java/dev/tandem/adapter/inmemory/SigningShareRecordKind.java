package dev.tandem.adapter.inmemory;

import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.time.Instant;

/** Copies and wipes custodian signing share records; a revoked or frozen record has no secret. */
final class SigningShareRecordKind implements RecordKind<CustodianSigningShareRecord> {

  @Override
  public String name() {
    return "signing share record";
  }

  @Override
  public Instant createdAt(CustodianSigningShareRecord record) {
    return record.createdAt();
  }

  @Override
  public CustodianSigningShareRecord copyOf(CustodianSigningShareRecord record) {
    return CustodianSigningShareRecord.restore(
        record.walletId(),
        record.pairId(),
        record.status(),
        record.share().map(SecretCopies::copyOf).orElse(null),
        record.deviceLabel().orElse(null),
        record.createdAt(),
        record.updatedAt());
  }

  @Override
  public void wipe(CustodianSigningShareRecord record) {
    record.share().ifPresent(CustodianSigningShare::destroy);
  }
}
