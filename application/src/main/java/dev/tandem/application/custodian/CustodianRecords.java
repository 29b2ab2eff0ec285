package dev.tandem.application.custodian;

import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.error.PairUnusableException;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.KeyShare;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The custodian's reads and status changes over its two repositories, with the typed errors of
 * {@link dev.tandem.domain.error.ErrorCode}. Records come out of the repositories as private
 * copies: whatever is read and not kept has its share wiped here.
 */
final class CustodianRecords {
  /** Conditional replaces retried after a lost race, before the conflict is reported. */
  private static final int MAX_ATTEMPTS = 3;

  private final SigningShareRepositoryPort signingShares;
  private final BackupShareRepositoryPort backupShares;

  CustodianRecords(
      SigningShareRepositoryPort signingShares, BackupShareRepositoryPort backupShares) {
    this.signingShares = signingShares;
    this.backupShares = backupShares;
  }

  SigningShareRepositoryPort signingShares() {
    return signingShares;
  }

  BackupShareRepositoryPort backupShares() {
    return backupShares;
  }

  /** Whether the wallet has any record, signing or backup. */
  boolean walletExists(WalletId walletId) {
    List<Versioned<CustodianSigningShareRecord>> signing = signingShares.listByWallet(walletId);
    signing.forEach(record -> wipe(record.value()));
    if (!signing.isEmpty()) {
      return true;
    }
    List<Versioned<CustodianBackupShareRecord>> backups = backupShares.listByWallet(walletId);
    backups.forEach(record -> wipe(record.value()));
    return !backups.isEmpty();
  }

  /**
   * The signing pair's record; the caller wipes its share.
   *
   * @throws NotFoundException {@code WALLET_NOT_FOUND} or {@code PAIR_NOT_FOUND}
   */
  Versioned<CustodianSigningShareRecord> signingPair(WalletId walletId, SigningSharePairId pairId) {
    Optional<Versioned<CustodianSigningShareRecord>> found = signingShares.find(walletId, pairId);
    if (found.isPresent()) {
      return found.get();
    }
    throw walletExists(walletId)
        ? NotFoundException.pair(walletId, pairId)
        : NotFoundException.wallet(walletId);
  }

  /**
   * The backup pair's record; the caller wipes its share.
   *
   * @throws NotFoundException {@code WALLET_NOT_FOUND} or {@code BACKUP_NOT_FOUND}
   */
  Versioned<CustodianBackupShareRecord> backupPair(WalletId walletId, BackupSharePairId pairId) {
    Optional<Versioned<CustodianBackupShareRecord>> found = backupShares.find(walletId, pairId);
    if (found.isPresent()) {
      return found.get();
    }
    throw walletExists(walletId)
        ? NotFoundException.backup(walletId, pairId)
        : NotFoundException.wallet(walletId);
  }

  /** The status of every signing pair of the wallet, oldest pair first. */
  Map<SigningSharePairId, PairStatus> signingPairStatuses(WalletId walletId) {
    Map<SigningSharePairId, PairStatus> statuses = new LinkedHashMap<>();
    for (Versioned<CustodianSigningShareRecord> record : signingShares.listByWallet(walletId)) {
      wipe(record.value());
      statuses.put(record.value().pairId(), record.value().status());
    }
    return statuses;
  }

  /**
   * Throws the typed error of a pair that may not sign (or be refreshed): revoked, incomplete, or
   * frozen (a frozen pair means a frozen wallet: {@code WALLET_FROZEN}).
   */
  static void requireUsable(CustodianSigningShareRecord record) {
    switch (record.status()) {
      case COMPLETED:
        return;
      case REVOKED:
        throw PairUnusableException.revoked(record.pairId());
      case INCOMPLETE:
        throw PairUnusableException.incomplete(record.pairId());
      case FROZEN:
        throw new WalletFrozenException(record.walletId());
      default:
        throw new IllegalStateException("unknown status " + record.status());
    }
  }

  /**
   * Marks an {@code INCOMPLETE} pair {@code COMPLETED}; a {@code COMPLETED} pair stays as it is.
   *
   * @throws PairUnusableException if the pair was revoked meanwhile
   * @throws WalletFrozenException if the pair was frozen meanwhile
   */
  void complete(WalletId walletId, SigningSharePairId pairId, Instant now) {
    Versioned<CustodianSigningShareRecord> current = signingPair(walletId, pairId);
    CustodianSigningShareRecord record = current.value();
    try {
      if (record.status() == PairStatus.INCOMPLETE) {
        CustodianSigningShareRecord completed = record.completed(now);
        signingShares.replace(completed, current.version());
        wipe(completed);
      } else if (record.status() != PairStatus.COMPLETED) {
        requireUsable(record);
      }
    } finally {
      wipe(record);
    }
  }

  /**
   * Replaces a pair's record by its {@code REVOKED} form (without the share), re-reading after a
   * lost race. A revoked or frozen pair stays as it is.
   *
   * @return the status before the call
   */
  PairStatus revoke(WalletId walletId, SigningSharePairId pairId, Instant now) {
    return changeStatus(walletId, pairId, PairStatus.REVOKED, now);
  }

  /**
   * Replaces a pair's record by its {@code FROZEN} form (without the share), re-reading after a
   * lost race. A revoked pair stays revoked (it cannot sign either).
   *
   * @return the status before the call
   */
  PairStatus freeze(WalletId walletId, SigningSharePairId pairId, Instant now) {
    return changeStatus(walletId, pairId, PairStatus.FROZEN, now);
  }

  /**
   * Replaces a {@code COMPLETED} backup's record by its {@code FROZEN} form (which keeps the share,
   * for eject), re-reading after a lost race. Any other backup stays as it is: an {@code
   * INCOMPLETE} one can never complete on a frozen wallet.
   *
   * @return the status before the call
   */
  PairStatus freezeBackup(WalletId walletId, BackupSharePairId pairId, Instant now) {
    for (int attempt = 1; ; attempt++) {
      Versioned<CustodianBackupShareRecord> current = backupPair(walletId, pairId);
      CustodianBackupShareRecord record = current.value();
      try {
        if (record.status() == PairStatus.COMPLETED) {
          backupShares.replace(record.frozen(now), current.version());
        }
        return record.status();
      } catch (WriteConflictException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      } finally {
        wipe(record);
      }
    }
  }

  private PairStatus changeStatus(
      WalletId walletId, SigningSharePairId pairId, PairStatus target, Instant now) {
    for (int attempt = 1; ; attempt++) {
      Versioned<CustodianSigningShareRecord> current = signingPair(walletId, pairId);
      CustodianSigningShareRecord record = current.value();
      PairStatus previous = record.status();
      try {
        if (previous == PairStatus.REVOKED || previous == PairStatus.FROZEN) {
          return previous;
        }
        CustodianSigningShareRecord replacement =
            target == PairStatus.REVOKED ? record.revoked(now) : record.frozen(now);
        signingShares.replace(replacement, current.version());
        return previous;
      } catch (WriteConflictException e) {
        if (attempt >= MAX_ATTEMPTS) {
          throw e;
        }
      } finally {
        wipe(record);
      }
    }
  }

  static void wipe(CustodianSigningShareRecord record) {
    record.share().ifPresent(KeyShare::destroy);
  }

  static void wipe(CustodianBackupShareRecord record) {
    record.share().destroy();
  }
}
