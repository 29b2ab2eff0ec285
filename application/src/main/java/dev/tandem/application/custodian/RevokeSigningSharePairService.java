package dev.tandem.application.custodian;

import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairResult;
import dev.tandem.application.port.in.RevokeSigningSharePairUseCase;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletLease;
import dev.tandem.domain.port.WalletLockPort;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * {@link RevokeSigningSharePairUseCase}: under the wallet lease, the pair's record is replaced by
 * its {@code REVOKED} form (conditional on the version read), and the revocation is audited.
 */
public final class RevokeSigningSharePairService implements RevokeSigningSharePairUseCase {
  private final CustodianRecords records;
  private final WalletLockPort walletLock;
  private final AuditLogPort auditLog;
  private final Clock clock;
  private final CosignSettings settings;

  @Inject
  public RevokeSigningSharePairService(
      SigningShareRepositoryPort signingShares,
      BackupShareRepositoryPort backupShares,
      WalletLockPort walletLock,
      AuditLogPort auditLog,
      Clock clock,
      CosignSettings settings) {
    this.records =
        new CustodianRecords(
            Objects.requireNonNull(signingShares, "signingShares"),
            Objects.requireNonNull(backupShares, "backupShares"));
    this.walletLock = Objects.requireNonNull(walletLock, "walletLock");
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public RevokeSigningSharePairResult revokeSigningSharePair(
      RevokeSigningSharePairCommand command) {
    Objects.requireNonNull(command, "command");
    WalletLease lease = walletLock.acquire(command.walletId(), settings.sessionTimeout());
    try {
      PairStatus previous = records.revoke(command.walletId(), command.pairId(), clock.instant());
      PairStatus now = previous == PairStatus.FROZEN ? PairStatus.FROZEN : PairStatus.REVOKED;
      if (previous != now) {
        auditLog.record(
            new AuditEvent(
                clock.instant(),
                AuditEvent.Type.PAIR_REVOKED,
                command.walletId(),
                command.pairId()));
      }
      return new RevokeSigningSharePairResult(command.walletId(), command.pairId(), previous, now);
    } finally {
      walletLock.release(lease);
    }
  }
}
