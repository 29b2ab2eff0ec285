package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.application.port.in.BackupWalletCommand;
import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ProgressListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A request retried with its idempotency key returns the first result instead of running again; a
 * retry while the first runs is refused; a failed request can be retried.
 */
class IdempotencyE2eTest {
  private final EmbeddedTandem tandem = SharedTandem.TANDEM;

  @Test
  void createWallet_retriedWhileRunningIsRefused_andRetriedAfterwardsGetsTheFirstWallet()
      throws Exception {
    IdempotencyKey key = IdempotencyKey.random();
    CountDownLatch inSink = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<CreateWalletResult> first =
        CompletableFuture.supplyAsync(
            () ->
                tandem.createWallet.createWallet(
                    CreateWalletCommand.of(key, "first"),
                    share -> {
                      inSink.countDown();
                      await(release);
                    }));
    try {
      assertEquals(true, inSink.await(60, TimeUnit.SECONDS));
      assertFailsWith(
          ErrorCode.OPERATION_IN_PROGRESS,
          () ->
              tandem.createWallet.createWallet(
                  CreateWalletCommand.of(key, "retry"), SigningShareSink.NONE));
    } finally {
      release.countDown();
    }
    CreateWalletResult original = first.get(60, TimeUnit.SECONDS);

    // The retry builds a new command (with another random wallet id): it still gets the first one.
    CreateWalletResult retried =
        tandem.createWallet.createWallet(
            CreateWalletCommand.of(key, "retry"), SigningShareSink.NONE);
    assertEquals(original.walletId(), retried.walletId());
    assertEquals(original.pairId(), retried.pairId());
    assertArrayEquals(
        original.share().material().revealCopy(), retried.share().material().revealCopy());
    original.share().destroy();
    CreateWalletResult again =
        tandem.createWallet.createWallet(
            CreateWalletCommand.of(key, "retry"), SigningShareSink.NONE);
    assertEquals(original.pairId(), again.pairId());
    assertFalse(
        again.share().material().isDestroyed(), "the store kept its own copy of the first result");
    assertEquals(1, tandem.pairs(original.walletId()).size(), "one wallet, one pair");
  }

  @Test
  void aFailedCreation_leavesNoEntry_andIsRetriedWithTheSameKey() {
    IdempotencyKey key = IdempotencyKey.random();
    CreateWalletCommand command = new CreateWalletCommand(key, WalletId.random(), "phone");
    assertThrows(
        IllegalStateException.class,
        () ->
            tandem.createWallet.createWallet(
                command,
                share -> {
                  throw new IllegalStateException("keychain locked (test)");
                }));
    CreateWalletResult retried = tandem.createWallet.createWallet(command, SigningShareSink.NONE);
    assertEquals(command.walletId(), retried.walletId());
    assertEquals(1, tandem.pairs(command.walletId()).size(), "the unconfirmed pair was discarded");
    assertEquals(PairStatus.COMPLETED, tandem.pairs(command.walletId()).get(0).status());

    // Once the wallet has a usable pair, its id is taken for any other request.
    assertInstanceOf(
        StateInvalidException.class,
        assertFailsWith(
            ErrorCode.STATE_INVALID,
            () ->
                tandem.createWallet.createWallet(
                    new CreateWalletCommand(IdempotencyKey.random(), command.walletId(), null),
                    SigningShareSink.NONE)));
  }

  @Test
  void backupAndProvision_retriedGetTheirFirstResults() {
    CreateWalletResult wallet = tandem.create("phone");
    IdempotencyKey backupKey = IdempotencyKey.random();
    BackupWalletCommand backupCommand = new BackupWalletCommand(backupKey, wallet.share());
    BackupWalletResult backup =
        tandem.backupWallet.backupWallet(backupCommand, ProgressListener.IGNORE);
    BackupWalletResult backupRetried =
        tandem.backupWallet.backupWallet(backupCommand, ProgressListener.IGNORE);
    assertEquals(backup.backup(), backupRetried.backup());
    assertEquals(1, tandem.backupShares.listByWallet(wallet.walletId()).size());

    ProvisionWalletCommand provisionCommand =
        new ProvisionWalletCommand(
            IdempotencyKey.random(), wallet.walletId(), backup.backup(), "tablet");
    ProvisionWalletResult provisioned =
        tandem.provisionWallet.provisionWallet(
            provisionCommand, SigningShareSink.NONE, ProgressListener.IGNORE);
    ProgressRecorder replayProgress = new ProgressRecorder();
    ProvisionWalletResult provisionRetried =
        tandem.provisionWallet.provisionWallet(
            provisionCommand, SigningShareSink.NONE, replayProgress);
    assertEquals(provisioned.pairId(), provisionRetried.pairId());
    assertEquals(
        List.of("DONE(done)"), replayProgress.reports(), "a replay still ends the sequence");
    assertEquals(2, tandem.pairs(wallet.walletId()).size(), "the first pair and one new pair");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the latch");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
