package dev.tandem.domain.port;

import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.CustodianBackupShare;
import java.time.Instant;
import java.util.Objects;

/**
 * What the custodian stores per backup pair: its backup share, how the client half is protected,
 * and which key in the user's key storage opens the client half. A backup is {@link
 * PairStatus#COMPLETED} only once the key, this share and the caller's ciphertext are all stored.
 * A completed backup of a frozen wallet becomes {@link PairStatus#FROZEN}: it never provisions
 * again, but keeps its share, so that the wallet's owner can still eject the key.
 */
public final class CustodianBackupShareRecord implements StoredRecord<BackupSharePairId> {
  private final WalletId walletId;
  private final BackupSharePairId pairId;
  private final BackupMethod method;
  private final PairStatus status;
  private final CustodianBackupShare share;
  private final BackupKeyId keyId;
  private final Instant createdAt;
  private final Instant updatedAt;

  private CustodianBackupShareRecord(
      BackupMethod method,
      PairStatus status,
      CustodianBackupShare share,
      BackupKeyId keyId,
      Instant createdAt,
      Instant updatedAt) {
    this.share = Objects.requireNonNull(share, "share");
    this.walletId = share.walletId();
    this.pairId = share.pairId();
    this.method = Objects.requireNonNull(method, "method");
    this.status = Objects.requireNonNull(status, "status");
    if (status == PairStatus.REVOKED) {
      throw new IllegalArgumentException("a stored backup is INCOMPLETE, COMPLETED or FROZEN");
    }
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  public static CustodianBackupShareRecord incomplete(
      CustodianBackupShare share, BackupMethod method, BackupKeyId keyId, Instant now) {
    return new CustodianBackupShareRecord(method, PairStatus.INCOMPLETE, share, keyId, now, now);
  }

  /** Restores a record as it was stored (for adapters). */
  public static CustodianBackupShareRecord restore(
      CustodianBackupShare share,
      BackupMethod method,
      PairStatus status,
      BackupKeyId keyId,
      Instant createdAt,
      Instant updatedAt) {
    return new CustodianBackupShareRecord(method, status, share, keyId, createdAt, updatedAt);
  }

  public CustodianBackupShareRecord completed(Instant now) {
    if (status != PairStatus.INCOMPLETE) {
      throw new IllegalStateException("backup " + pairId + " is already " + status);
    }
    return new CustodianBackupShareRecord(method, PairStatus.COMPLETED, share, keyId, createdAt, now);
  }

  /**
   * The wallet is frozen: the completed backup never provisions again. The share stays, for eject.
   *
   * @throws IllegalStateException unless the backup is {@code COMPLETED}
   */
  public CustodianBackupShareRecord frozen(Instant now) {
    if (status != PairStatus.COMPLETED) {
      throw new IllegalStateException("backup " + pairId + " is " + status + ", not COMPLETED");
    }
    return new CustodianBackupShareRecord(method, PairStatus.FROZEN, share, keyId, createdAt, now);
  }

  /** The client half was re-encrypted under another key (key rotation); the status stays. */
  public CustodianBackupShareRecord withKey(BackupKeyId newKeyId, Instant now) {
    return new CustodianBackupShareRecord(method, status, share, newKeyId, createdAt, now);
  }

  @Override
  public WalletId walletId() {
    return walletId;
  }

  @Override
  public BackupSharePairId pairId() {
    return pairId;
  }

  public BackupMethod method() {
    return method;
  }

  public PairStatus status() {
    return status;
  }

  public CustodianBackupShare share() {
    return share;
  }

  public BackupKeyId keyId() {
    return keyId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "CustodianBackupShareRecord[wallet=" + walletId + ", pair=" + pairId + ", method="
        + method + ", status=" + status + ", key=" + keyId + ", share=redacted]";
  }
}
