package dev.tandem.application.custodian;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.AuditLogPort;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The custodian's knowledge of which wallets are frozen, and the freezing itself. A wallet is
 * frozen when a signature made with any of its pairs fails its final verification: from then on
 * every pair and every backup of the wallet is refused for signing, backup, provisioning and
 * recovery ({@code WALLET_FROZEN}), by this custodian and, once the freeze is durable, by every
 * custodian on the same storage, one started later included.
 *
 * <p><b>Fail closed.</b> A freeze takes effect in this process at once, before anything is written,
 * and stays in effect here whether or not the writes below ever land: an unsettled freeze is never
 * evicted. What is written, each step idempotent and retried on its own until it lands:
 *
 * <ol>
 *   <li>the durable marker ({@link WalletFreezeRepositoryPort#createIfAbsent}), which every
 *       custodian reads before it serves the wallet;
 *   <li>the audit event {@link AuditEvent.Type#WALLET_FROZEN}, recorded by the custodian that saw
 *       the signature fail;
 *   <li>the records: every {@code INCOMPLETE} or {@code COMPLETED} signing pair becomes {@code
 *       FROZEN} (its custodian share destroyed), every {@code COMPLETED} backup becomes {@code
 *       FROZEN} (its share kept, so the owner can still eject). A record found {@code FROZEN} is
 *       itself proof of a freeze: a custodian that meets one without a marker freezes the wallet
 *       again, marker included.
 * </ol>
 *
 * <p><b>Retries.</b> Every later request that touches the wallet tries again the steps still due
 * (one thread at a time per wallet; the others do not wait), and a single background thread, made
 * only while some freeze is unsettled and ended when idle, tries again after {@link
 * CosignSettings#freezeRetryDelay()}, doubling the delay after each failure up to {@link
 * CosignSettings#MAX_FREEZE_RETRY_DELAY}. A custodian that finds a marker it did not write (another
 * instance's, or its own from before a restart) runs step 3 once, in case that freeze stopped
 * half-way.
 *
 * <p>A freeze written after the check of a provisioning or backup that was already under way is
 * caught by the check that follows each of their writes ({@link #requireNotFrozenAfterWrite}),
 * which freezes the records again, the new one included.
 *
 * <p>One instance per custodian process: every use case that serves or lists wallets must see the
 * same in-process freezes.
 */
@Singleton
public final class FrozenWallets {
  /** Wallets remembered as durably frozen; forgetting one only costs a read of its marker. */
  private static final long SETTLED_KEPT = 100_000;

  /** How long the background retry thread lingers once nothing is left to retry. */
  private static final Duration RETRY_THREAD_KEEP_ALIVE = Duration.ofSeconds(30);

  private final WalletFreezeRepositoryPort markers;
  private final CustodianRecords records;
  private final AuditLogPort auditLog;
  private final Clock clock;
  private final Duration firstRetryDelay;
  private final Duration maxRetryDelay;

  /** Freezes in effect here whose durable steps have not all landed. Never evicted. */
  private final ConcurrentMap<WalletId, Freeze> unsettled = new ConcurrentHashMap<>();

  /** Wallets whose freeze has fully landed (or was found durable and settled here). */
  private final Cache<WalletId, Boolean> settled =
      CacheBuilder.newBuilder().maximumSize(SETTLED_KEPT).build();

  private final ScheduledThreadPoolExecutor retries;
  private final Object retryLock = new Object();

  /** Guarded by {@link #retryLock}. */
  private boolean retryScheduled;

  /** Guarded by {@link #retryLock}. */
  private Duration nextRetryDelay;

  @Inject
  public FrozenWallets(
      WalletFreezeRepositoryPort markers,
      SigningShareRepositoryPort signingShares,
      BackupShareRepositoryPort backupShares,
      AuditLogPort auditLog,
      Clock clock,
      CosignSettings settings) {
    this.markers = Objects.requireNonNull(markers, "markers");
    this.records =
        new CustodianRecords(
            Objects.requireNonNull(signingShares, "signingShares"),
            Objects.requireNonNull(backupShares, "backupShares"));
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.firstRetryDelay = settings.freezeRetryDelay();
    this.maxRetryDelay =
        settings.freezeRetryDelay().compareTo(CosignSettings.MAX_FREEZE_RETRY_DELAY) > 0
            ? settings.freezeRetryDelay()
            : CosignSettings.MAX_FREEZE_RETRY_DELAY;
    this.nextRetryDelay = firstRetryDelay;
    this.retries =
        new ScheduledThreadPoolExecutor(
            1,
            new ThreadFactoryBuilder()
                .setDaemon(true)
                .setNameFormat("tandem-freeze-retry-%d")
                .build());
    retries.setKeepAliveTime(RETRY_THREAD_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
    retries.allowCoreThreadTimeOut(true);
    retries.setRemoveOnCancelPolicy(true);
  }

  /**
   * Whether the wallet is frozen: in this process, or by a durable marker. Tries again whatever of
   * the wallet's freeze is still due.
   *
   * @throws dev.tandem.domain.error.StorageUnavailableException if the marker cannot be read now
   *     (the request then fails: a wallet is never served unchecked)
   */
  boolean isFrozen(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    if (unsettled.containsKey(walletId)) {
      land(walletId);
      return true;
    }
    if (settled.getIfPresent(walletId) != null) {
      return true;
    }
    if (markers.find(walletId).isEmpty()) {
      return false;
    }
    // A freeze this process has not settled (another instance's, or ours before a restart): its
    // records may not all be frozen yet.
    due(walletId, null, null, true);
    land(walletId);
    return true;
  }

  /** Throws {@code WALLET_FROZEN} if the wallet is frozen (see {@link #isFrozen}). */
  void requireNotFrozen(WalletId walletId) {
    if (isFrozen(walletId)) {
      throw new WalletFrozenException(walletId);
    }
  }

  /**
   * The check after a provisioning or backup wrote a record: if the wallet was frozen meanwhile,
   * its records are frozen again (the one just written included) and {@code WALLET_FROZEN} is
   * thrown, so that nothing written during the freeze becomes usable.
   */
  void requireNotFrozenAfterWrite(WalletId walletId) {
    if (isFrozen(walletId)) {
      due(walletId, null, null, true);
      land(walletId);
      throw new WalletFrozenException(walletId);
    }
  }

  /**
   * A signature made with {@code pairId} failed its final verification: freezes the wallet in this
   * process at once. Does no I/O, so it can run under the wallet's signing lock; {@link #land}
   * makes it durable.
   */
  void freezeAfterFailedSignature(WalletId walletId, SigningSharePairId pairId) {
    Instant now = clock.instant();
    due(
        walletId,
        new WalletFreeze(walletId, pairId, now),
        new AuditEvent(now, AuditEvent.Type.WALLET_FROZEN, walletId, pairId),
        true);
  }

  /**
   * The wallet's signing pair {@code pairId} is {@code FROZEN}: the wallet is frozen, whether or
   * not its marker says so (a freeze that stopped after its records, or a pair frozen before whole
   * wallets were). Freezes it here and durably, and returns the error to answer with.
   */
  WalletFrozenException frozenPairFound(WalletId walletId, SigningSharePairId pairId) {
    due(walletId, new WalletFreeze(walletId, pairId, clock.instant()), null, true);
    land(walletId);
    return new WalletFrozenException(walletId);
  }

  /**
   * A backup of the wallet is {@code FROZEN}: the wallet is frozen. Freezes it here and freezes its
   * records again (so that the next signing request finds a frozen pair and restores the marker),
   * and returns the error to answer with.
   */
  WalletFrozenException frozenBackupFound(WalletId walletId) {
    due(walletId, null, null, true);
    land(walletId);
    return new WalletFrozenException(walletId);
  }

  /**
   * Tries now, in the calling thread, the durable steps still due for the wallet's freeze. Never
   * throws for a failed step: what fails is retried later. Returns at once if another thread is
   * landing the same freeze.
   */
  void land(WalletId walletId) {
    Freeze freeze = unsettled.get(walletId);
    if (freeze == null || !freeze.landing.tryLock()) {
      return;
    }
    try {
      Freeze.Due due = freeze.due();
      if (due.marker() != null) {
        try {
          markers.createIfAbsent(due.marker());
          freeze.markerStored(due.marker());
        } catch (RuntimeException stillDue) {
          // Retried below.
        }
      }
      if (due.audit() != null) {
        try {
          auditLog.record(due.audit());
          freeze.auditRecorded(due.audit());
        } catch (RuntimeException stillDue) {
          // Retried below.
        }
      }
      if (due.sweep() != Freeze.NO_SWEEP) {
        try {
          freezeRecords(walletId);
          freeze.recordsFrozen(due.sweep());
        } catch (RuntimeException stillDue) {
          // Retried below.
        }
      }
    } finally {
      freeze.landing.unlock();
    }
    // Remembered as settled before it leaves the unsettled map, so that it is never in neither.
    if (freeze.isSettled()) {
      settled.put(walletId, Boolean.TRUE);
    }
    if (unsettled.computeIfPresent(walletId, (id, f) -> f.isSettled() ? null : f) != null) {
      scheduleRetry();
    }
  }

  /** Adds steps to the wallet's freeze, creating it (in effect at once) if there is none. */
  private void due(WalletId walletId, WalletFreeze marker, AuditEvent audit, boolean sweep) {
    unsettled.compute(
        walletId,
        (id, freeze) -> {
          Freeze updated = freeze == null ? new Freeze() : freeze;
          updated.add(marker, audit, sweep);
          return updated;
        });
  }

  /** Step 3: every usable signing pair and every completed backup of the wallet, frozen. */
  private void freezeRecords(WalletId walletId) {
    Instant now = clock.instant();
    for (Versioned<CustodianSigningShareRecord> versioned :
        records.signingShares().listByWallet(walletId)) {
      CustodianSigningShareRecord record = versioned.value();
      CustodianRecords.wipe(record);
      if (record.status() == PairStatus.INCOMPLETE || record.status() == PairStatus.COMPLETED) {
        try {
          records.freeze(walletId, record.pairId(), now);
        } catch (NotFoundException deletedMeanwhile) {
          // Gone is as unusable as frozen.
        }
      }
    }
    for (Versioned<CustodianBackupShareRecord> versioned :
        records.backupShares().listByWallet(walletId)) {
      CustodianBackupShareRecord record = versioned.value();
      CustodianRecords.wipe(record);
      if (record.status() == PairStatus.COMPLETED) {
        try {
          records.freezeBackup(walletId, record.pairId(), now);
        } catch (NotFoundException deletedMeanwhile) {
          // A newer backup replaced it: it is frozen or refused on its own.
        }
      }
    }
  }

  private void scheduleRetry() {
    synchronized (retryLock) {
      if (retryScheduled) {
        return;
      }
      retryScheduled = true;
      Duration delay = nextRetryDelay;
      Duration doubled = delay.multipliedBy(2);
      nextRetryDelay = doubled.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : doubled;
      retries.schedule(this::retryUnsettled, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private void retryUnsettled() {
    synchronized (retryLock) {
      retryScheduled = false;
    }
    for (WalletId walletId : unsettled.keySet()) {
      land(walletId);
    }
    synchronized (retryLock) {
      if (unsettled.isEmpty()) {
        nextRetryDelay = firstRetryDelay;
      }
    }
  }

  /**
   * The durable steps still due for one wallet's freeze. Steps are added under the map's compute
   * (so never to a freeze being removed) and marked done by the one thread that holds {@link
   * #landing}; a step added while it runs stays due.
   */
  private static final class Freeze {
    static final long NO_SWEEP = -1;

    final ReentrantLock landing = new ReentrantLock();

    private WalletFreeze marker;
    private AuditEvent audit;

    /**
     * Bumped on each request to freeze the records, so a sweep that began earlier does not clear a
     * later one.
     */
    private long sweepRequests;

    private long sweepsDone;

    record Due(WalletFreeze marker, AuditEvent audit, long sweep) {}

    synchronized void add(WalletFreeze newMarker, AuditEvent newAudit, boolean sweep) {
      if (newMarker != null && marker == null) {
        marker = newMarker;
      }
      if (newAudit != null && audit == null) {
        audit = newAudit;
      }
      if (sweep) {
        sweepRequests++;
      }
    }

    synchronized Due due() {
      return new Due(marker, audit, sweepRequests > sweepsDone ? sweepRequests : NO_SWEEP);
    }

    synchronized void markerStored(WalletFreeze stored) {
      if (marker == stored) {
        marker = null;
      }
    }

    synchronized void auditRecorded(AuditEvent recorded) {
      if (audit == recorded) {
        audit = null;
      }
    }

    synchronized void recordsFrozen(long upTo) {
      sweepsDone = Math.max(sweepsDone, upTo);
    }

    synchronized boolean isSettled() {
      return marker == null && audit == null && sweepsDone >= sweepRequests;
    }
  }
}
