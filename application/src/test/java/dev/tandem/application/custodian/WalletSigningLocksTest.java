package dev.tandem.application.custodian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.WalletId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WalletSigningLocksTest {
  private final WalletSigningLocks locks = new WalletSigningLocks();

  @Test
  void oneWallet_runsOneBodyAtATime() throws Exception {
    WalletId wallet = WalletId.random();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        runs.add(
            threads.submit(
                () ->
                    locks.callExclusively(
                        wallet,
                        () -> {
                          mostAtOnce.accumulateAndGet(inside.incrementAndGet(), Math::max);
                          Thread.yield();
                          inside.decrementAndGet();
                          return 1;
                        })));
      }
      for (Future<Integer> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(1, mostAtOnce.get());
    assertEquals(0, locks.size(), "no entry is left behind");
  }

  @Test
  void twoWallets_doNotWaitForEachOther() throws Exception {
    WalletId held = WalletId.random();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> holder =
          thread.submit(
              () ->
                  locks.callExclusively(
                      held,
                      () -> {
                        holding.countDown();
                        await(release);
                        return 1;
                      }));
      assertTrue(holding.await(60, TimeUnit.SECONDS));

      assertEquals(2, locks.callExclusively(WalletId.random(), () -> 2));
      assertEquals(1, locks.size(), "only the held wallet has an entry");

      release.countDown();
      assertEquals(1, holder.get(60, TimeUnit.SECONDS));
    } finally {
      thread.shutdownNow();
    }
    assertEquals(0, locks.size());
  }

  @Test
  void aFailingBody_releasesTheLockAndItsEntry() {
    WalletId wallet = WalletId.random();

    assertThrows(
        IllegalStateException.class,
        () ->
            locks.callExclusively(
                wallet,
                () -> {
                  throw new IllegalStateException("the engine failed (test)");
                }));

    assertEquals(0, locks.size());
    assertEquals(3, locks.callExclusively(wallet, () -> 3));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
