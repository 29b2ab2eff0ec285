package dev.tandem.application.custodian;

import dev.tandem.application.backup.ClientBackupOpener;
import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.EjectWalletCommand;
import dev.tandem.application.port.in.EjectWalletResult;
import dev.tandem.application.port.in.EjectWalletUseCase;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.KeyExportPort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ExportedPrivateKey;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * {@link EjectWalletUseCase}: open the client backup share, load the custodian backup share,
 * reconstruct the key, audit, return it. Both shares are wiped in {@code finally}; the key is kept
 * nowhere but in the result. A {@code FROZEN} backup (of a frozen wallet) ejects like a {@code
 * COMPLETED} one: see {@link EjectWalletUseCase} for why.
 */
public final class EjectWalletService implements EjectWalletUseCase {
  private final ClientBackupOpener opener;
  private final CustodianRecords records;
  private final KeyExportPort keyExport;
  private final AuditLogPort auditLog;
  private final Clock clock;

  @Inject
  public EjectWalletService(
      ClientBackupOpener opener,
      SigningShareRepositoryPort signingShares,
      BackupShareRepositoryPort backupShares,
      KeyExportPort keyExport,
      AuditLogPort auditLog,
      Clock clock) {
    this.opener = Objects.requireNonNull(opener, "opener");
    this.records =
        new CustodianRecords(
            Objects.requireNonNull(signingShares, "signingShares"),
            Objects.requireNonNull(backupShares, "backupShares"));
    this.keyExport = Objects.requireNonNull(keyExport, "keyExport");
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public EjectWalletResult ejectWallet(EjectWalletCommand command) {
    Objects.requireNonNull(command, "command");
    WalletId walletId = command.walletId();
    EncryptedClientBackup backup = command.backup();
    if (!backup.walletId().equals(walletId)) {
      throw EncryptedClientBackup.invalid();
    }
    CustodianBackupShareRecord record = records.backupPair(walletId, backup.backupPairId()).value();
    ClientBackupShare clientShare = null;
    try {
      if (record.status() != PairStatus.COMPLETED && record.status() != PairStatus.FROZEN) {
        throw new StateInvalidException(
            "backup " + backup.backupPairId() + " of wallet " + walletId + " is not completed");
      }
      clientShare = opener.open(walletId, backup, ProgressListener.IGNORE);
      ExportedPrivateKey key = keyExport.export(clientShare, record.share());
      try {
        auditLog.record(
            new AuditEvent(
                clock.instant(),
                AuditEvent.Type.PRIVATE_KEY_EXPORTED,
                walletId,
                backup.backupPairId()));
      } catch (RuntimeException | Error e) {
        key.destroy();
        throw e;
      }
      return new EjectWalletResult(walletId, key);
    } finally {
      CustodianRecords.wipe(record);
      if (clientShare != null) {
        clientShare.destroy();
      }
    }
  }
}
