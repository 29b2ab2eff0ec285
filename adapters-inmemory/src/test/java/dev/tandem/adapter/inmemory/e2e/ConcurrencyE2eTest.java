package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One modification per wallet at a time: the second gets OPERATION_IN_PROGRESS, and nothing is left
 * half-written.
 */
class ConcurrencyE2eTest {
  private final EmbeddedTandem tandem = SharedTandem.TANDEM;
  private CreateWalletResult wallet;
  private EncryptedClientBackup backup;

  @BeforeEach
  void backedUpWallet() {
    wallet = tandem.create("phone");
    backup = tandem.backup(wallet.share()).backup();
  }

  private ProvisionWalletResult provision(String label, SigningShareSink sink) {
    return tandem.provisionWallet.provisionWallet(
        new ProvisionWalletCommand(IdempotencyKey.random(), wallet.walletId(), backup, label),
        sink,
        ProgressListener.IGNORE);
  }

  @Test
  void aSecondProvisioningWhileTheFirstRuns_isOperationInProgress() throws Exception {
    CountDownLatch firstHoldsTheWallet = new CountDownLatch(1);
    CountDownLatch secondFailed = new CountDownLatch(1);
    CompletableFuture<ProvisionWalletResult> first =
        CompletableFuture.supplyAsync(
            () ->
                provision(
                    "first",
                    share -> {
                      firstHoldsTheWallet.countDown();
                      awaitQuietly(secondFailed);
                    }));
    try {
      assertTrue(firstHoldsTheWallet.await(60, TimeUnit.SECONDS));
      assertFailsWith(ErrorCode.OPERATION_IN_PROGRESS, () -> provision("second", share -> {}));
      // Revocation is a modification too.
      assertFailsWith(
          ErrorCode.OPERATION_IN_PROGRESS,
          () ->
              tandem.revoke.revokeSigningSharePair(
                  new RevokeSigningSharePairCommand(wallet.walletId(), wallet.pairId())));
    } finally {
      secondFailed.countDown();
    }
    ProvisionWalletResult winner = first.get(60, TimeUnit.SECONDS);
    assertOnlyCompletedPairs(wallet.walletId(), 2);
    assertEquals(winner.pairId(), tandem.pairs(wallet.walletId()).get(1).pairId());
  }

  @Test
  void twoProvisioningsStartedTogether_oneWinsTheOtherIsOperationInProgress() throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ProvisionWalletResult>> attempts = new ArrayList<>();
      for (String label : new String[] {"left", "right"}) {
        attempts.add(
            pool.submit(
                () -> {
                  start.await(60, TimeUnit.SECONDS);
                  return provision(label, share -> {});
                }));
      }
      int won = 0;
      int refused = 0;
      for (Future<ProvisionWalletResult> attempt : attempts) {
        try {
          attempt.get(120, TimeUnit.SECONDS);
          won++;
        } catch (ExecutionException e) {
          TandemException cause = (TandemException) e.getCause();
          assertEquals(ErrorCode.OPERATION_IN_PROGRESS, cause.code(), cause.getMessage());
          refused++;
        }
      }
      assertEquals(1, won);
      assertEquals(1, refused);
    } finally {
      pool.shutdownNow();
    }
    assertOnlyCompletedPairs(wallet.walletId(), 2);
    assertEquals(1, tandem.backupShares.listByWallet(wallet.walletId()).size());
  }

  /** The wallet has exactly {@code expected} pairs, all COMPLETED: nothing half-written. */
  private void assertOnlyCompletedPairs(WalletId walletId, int expected) {
    List<SigningSharePairSummary> pairs = tandem.pairs(walletId);
    assertEquals(expected, pairs.size(), pairs.toString());
    for (SigningSharePairSummary pair : pairs) {
      assertEquals(PairStatus.COMPLETED, pair.status(), pairs.toString());
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
