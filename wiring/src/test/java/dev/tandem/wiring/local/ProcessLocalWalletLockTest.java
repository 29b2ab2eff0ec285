package dev.tandem.wiring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.OperationInProgressException;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletLease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ProcessLocalWalletLockTest {
  private static final WalletId W = WalletId.of("w");
  private static final Duration TTL = Duration.ofMinutes(1);

  private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final ProcessLocalWalletLock lock = new ProcessLocalWalletLock(clock);

  @Test
  void aHeldWallet_refusesASecondLease() {
    lock.acquire(W, TTL);
    OperationInProgressException e =
        assertThrows(OperationInProgressException.class, () -> lock.acquire(W, TTL));
    assertEquals(ErrorCode.OPERATION_IN_PROGRESS, e.code());
    assertTrue(e.getMessage().contains("w"));
  }

  @Test
  void otherWallets_areIndependent() {
    lock.acquire(W, TTL);
    lock.acquire(WalletId.of("other"), TTL);
  }

  @Test
  void release_freesTheWallet() {
    WalletLease lease = lock.acquire(W, TTL);
    lock.release(lease);
    lock.acquire(W, TTL);
  }

  @Test
  void anExpiredLease_isFreeForAnyone() {
    lock.acquire(W, TTL);
    clock.advance(TTL.minusSeconds(1));
    assertThrows(OperationInProgressException.class, () -> lock.acquire(W, TTL));
    clock.advance(Duration.ofSeconds(1));
    lock.acquire(W, TTL);
  }

  @Test
  void renew_extendsOnlyALiveLease() {
    WalletLease lease = lock.acquire(W, TTL);
    clock.advance(Duration.ofSeconds(50));
    assertTrue(lock.renew(lease, TTL));
    clock.advance(Duration.ofSeconds(50));
    assertThrows(OperationInProgressException.class, () -> lock.acquire(W, TTL));
    clock.advance(TTL);
    assertFalse(lock.renew(lease, TTL), "expired");
    WalletLease next = lock.acquire(W, TTL);
    lock.release(next);
    assertFalse(lock.renew(next, TTL), "released");
  }

  @Test
  void aStaleHolder_cannotRenewOrReleaseANewerGrant() {
    WalletLease stale = lock.acquire(W, TTL);
    clock.advance(TTL);
    WalletLease current = lock.acquire(W, TTL);
    lock.release(stale);
    assertFalse(lock.renew(stale, TTL));
    assertThrows(OperationInProgressException.class, () -> lock.acquire(W, TTL));
    assertTrue(lock.renew(current, TTL));
  }

  @Test
  void ofConcurrentAcquires_exactlyOneWins() throws Exception {
    int contenders = 16;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        Callable<Boolean> attempt =
            () -> {
              start.await();
              try {
                lock.acquire(W, TTL);
                return true;
              } catch (OperationInProgressException e) {
                return false;
              }
            };
        results.add(pool.submit(attempt));
      }
      start.countDown();
      int winners = 0;
      for (Future<Boolean> result : results) {
        winners += result.get() ? 1 : 0;
      }
      assertEquals(1, winners);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLeaseNeedsAPositiveTtl() {
    assertThrows(IllegalArgumentException.class, () -> lock.acquire(W, Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> lock.acquire(W, Duration.ofSeconds(-1)));
  }

  @Test
  void aLeasePrintsItsWalletNotItsToken() {
    WalletLease lease = lock.acquire(W, TTL);
    assertEquals("WalletLease[wallet=w]", lease.toString());
  }
}
