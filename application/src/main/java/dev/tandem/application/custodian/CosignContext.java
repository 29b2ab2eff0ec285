package dev.tandem.application.custodian;

import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.port.WalletLockPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** What every custodian session works with. */
final class CosignContext {
  final CustodianMpcEnginePort engine;
  final CustodianRecords records;
  final WalletLockPort walletLock;
  final AuditLogPort auditLog;
  final FrozenWallets frozenWallets;
  final WalletSigningLocks signingLocks;
  final Clock clock;
  final Duration sessionTimeout;
  final int maxLivePairsPerWallet;

  CosignContext(
      CustodianMpcEnginePort engine,
      CustodianRecords records,
      WalletLockPort walletLock,
      AuditLogPort auditLog,
      FrozenWallets frozenWallets,
      Clock clock,
      CosignSettings settings) {
    this.engine = engine;
    this.records = records;
    this.walletLock = walletLock;
    this.auditLog = auditLog;
    this.frozenWallets = frozenWallets;
    this.signingLocks = new WalletSigningLocks();
    this.clock = clock;
    this.sessionTimeout = settings.sessionTimeout();
    this.maxLivePairsPerWallet = settings.maxLivePairsPerWallet();
  }

  Instant now() {
    return clock.instant();
  }

  void audit(AuditEvent.Type type, WalletId walletId, PairId pairId) {
    auditLog.record(new AuditEvent(now(), type, walletId, pairId));
  }
}
