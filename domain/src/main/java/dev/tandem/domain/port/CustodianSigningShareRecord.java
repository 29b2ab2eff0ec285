package dev.tandem.domain.port;

import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the custodian stores per signing pair: its share while the pair may sign (or is about to),
 * the status, and a label the client gave its device. Once a pair is {@link PairStatus#REVOKED} or
 * {@link PairStatus#FROZEN} the share is gone for good.
 */
public final class CustodianSigningShareRecord implements StoredRecord<SigningSharePairId> {
  private final WalletId walletId;
  private final SigningSharePairId pairId;
  private final PairStatus status;
  private final CustodianSigningShare share;
  private final String deviceLabel;
  private final Instant createdAt;
  private final Instant updatedAt;

  private CustodianSigningShareRecord(
      WalletId walletId,
      SigningSharePairId pairId,
      PairStatus status,
      CustodianSigningShare share,
      String deviceLabel,
      Instant createdAt,
      Instant updatedAt) {
    this.walletId = Objects.requireNonNull(walletId, "walletId");
    this.pairId = Objects.requireNonNull(pairId, "pairId");
    this.status = Objects.requireNonNull(status, "status");
    this.deviceLabel = DeviceLabels.requireValid(deviceLabel);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    boolean keepsShare = status == PairStatus.INCOMPLETE || status == PairStatus.COMPLETED;
    if (keepsShare != (share != null)) {
      throw new IllegalArgumentException(
          "a " + status + " pair " + (keepsShare ? "needs" : "must not keep") + " its share");
    }
    if (share != null
        && (!share.walletId().equals(walletId) || !share.pairId().equals(pairId))) {
      throw new IllegalArgumentException("share belongs to another wallet or pair");
    }
    this.share = share;
  }

  /** A freshly generated pair, stored before the client has confirmed its half. */
  public static CustodianSigningShareRecord incomplete(
      CustodianSigningShare share, String deviceLabel, Instant now) {
    return new CustodianSigningShareRecord(
        share.walletId(), share.pairId(), PairStatus.INCOMPLETE, share, deviceLabel, now, now);
  }

  /** Restores a record as it was stored (for adapters). {@code share} is null when gone. */
  public static CustodianSigningShareRecord restore(
      WalletId walletId,
      SigningSharePairId pairId,
      PairStatus status,
      CustodianSigningShare share,
      String deviceLabel,
      Instant createdAt,
      Instant updatedAt) {
    return new CustodianSigningShareRecord(
        walletId, pairId, status, share, deviceLabel, createdAt, updatedAt);
  }

  /** The client confirmed it stored its half: the pair may sign. */
  public CustodianSigningShareRecord completed(Instant now) {
    requireStatus(PairStatus.INCOMPLETE);
    return new CustodianSigningShareRecord(
        walletId, pairId, PairStatus.COMPLETED, share, deviceLabel, createdAt, now);
  }

  /** The share is dropped: the pair can never sign again. */
  public CustodianSigningShareRecord revoked(Instant now) {
    return new CustodianSigningShareRecord(
        walletId, pairId, PairStatus.REVOKED, null, deviceLabel, createdAt, now);
  }

  /** A signature failed verification: the share is dropped and the pair never signs again. */
  public CustodianSigningShareRecord frozen(Instant now) {
    return new CustodianSigningShareRecord(
        walletId, pairId, PairStatus.FROZEN, null, deviceLabel, createdAt, now);
  }

  private void requireStatus(PairStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("pair " + pairId + " is " + status + ", not " + expected);
    }
  }

  @Override
  public WalletId walletId() {
    return walletId;
  }

  @Override
  public SigningSharePairId pairId() {
    return pairId;
  }

  public PairStatus status() {
    return status;
  }

  /** The custodian share; empty once the pair is revoked or frozen. */
  public Optional<CustodianSigningShare> share() {
    return Optional.ofNullable(share);
  }

  public Optional<String> deviceLabel() {
    return Optional.ofNullable(deviceLabel);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "CustodianSigningShareRecord[wallet=" + walletId + ", pair=" + pairId + ", status="
        + status + ", device=" + deviceLabel + ", share=" + (share == null ? "none" : "redacted")
        + "]";
  }
}
