package dev.tandem.wiring.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.IdempotentResult;
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

class ProcessLocalIdempotencyStoreTest {
  private static final IdempotencyKey KEY = IdempotencyKey.of("request-1");
  private static final String OPERATION = "CreateWallet";
  private static final Duration RETENTION = Duration.ofHours(1);

  private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final ProcessLocalIdempotencyStore store = new ProcessLocalIdempotencyStore(clock, RETENTION);

  /** A result holding a "secret": its value, wiped on destroy. */
  private static class SecretResult implements IdempotentResult {
    final int[] secret;

    SecretResult(int value) {
      this.secret = new int[] {value};
    }

    int value() {
      return secret[0];
    }

    boolean destroyed() {
      return secret[0] == 0;
    }

    @Override
    public SecretResult copy() {
      return new SecretResult(secret[0]);
    }

    @Override
    public void destroy() {
      secret[0] = 0;
    }
  }

  @Test
  void anUnknownKey_isStarted_thenInProgress() {
    assertInstanceOf(IdempotencyStorePort.Started.class, store.begin(KEY, OPERATION));
    assertInstanceOf(IdempotencyStorePort.InProgress.class, store.begin(KEY, OPERATION));
  }

  @Test
  void aCompletedKey_answersACopyOfItsResult() {
    store.begin(KEY, OPERATION);
    SecretResult original = new SecretResult(42);
    store.complete(KEY, original);
    original.destroy();

    IdempotencyStorePort.Claim first = store.begin(KEY, OPERATION);
    SecretResult answered =
        (SecretResult) assertInstanceOf(IdempotencyStorePort.Completed.class, first).result();
    assertEquals(42, answered.value(), "the caller destroying its result left the stored copy");
    answered.destroy();
    SecretResult again =
        (SecretResult) ((IdempotencyStorePort.Completed) store.begin(KEY, OPERATION)).result();
    assertEquals(42, again.value(), "each answer is a fresh copy");
    assertNotSame(answered, again);
  }

  @Test
  void abandon_makesTheKeyUnknownAgain() {
    store.begin(KEY, OPERATION);
    store.abandon(KEY);
    assertInstanceOf(IdempotencyStorePort.Started.class, store.begin(KEY, OPERATION));
  }

  @Test
  void aKeyIsBoundToItsOperation() {
    store.begin(KEY, OPERATION);
    assertThrows(InvalidInputException.class, () -> store.begin(KEY, "SignMessage"));
    store.complete(KEY, new SecretResult(1));
    assertThrows(InvalidInputException.class, () -> store.begin(KEY, "SignMessage"));
  }

  @Test
  void completeOrAbandon_belongToTheCallerThatStarted() {
    assertThrows(IllegalStateException.class, () -> store.complete(KEY, new SecretResult(1)));
    assertThrows(IllegalStateException.class, () -> store.abandon(KEY));
    store.begin(KEY, OPERATION);
    store.complete(KEY, new SecretResult(1));
    assertThrows(IllegalStateException.class, () -> store.complete(KEY, new SecretResult(2)));
    assertThrows(IllegalStateException.class, () -> store.abandon(KEY));
  }

  @Test
  void completedEntries_areForgottenAfterTheRetention_andTheirCopyDestroyed() {
    store.begin(KEY, OPERATION);
    List<SecretResult> storedCopies = new ArrayList<>();
    store.complete(
        KEY,
        new SecretResult(7) {
          @Override
          public SecretResult copy() {
            SecretResult copy = super.copy();
            storedCopies.add(copy);
            return copy;
          }
        });
    clock.advance(RETENTION.minusSeconds(1));
    assertInstanceOf(IdempotencyStorePort.Completed.class, store.begin(KEY, OPERATION));
    clock.advance(Duration.ofSeconds(1));
    assertInstanceOf(IdempotencyStorePort.Started.class, store.begin(KEY, OPERATION));
    assertTrue(storedCopies.get(0).destroyed());
  }

  @Test
  void entriesInProgress_areNeverForgotten() {
    store.begin(KEY, OPERATION);
    clock.advance(RETENTION.multipliedBy(10));
    assertInstanceOf(IdempotencyStorePort.InProgress.class, store.begin(KEY, OPERATION));
  }

  @Test
  void ofConcurrentBegins_exactlyOneIsStarted() throws Exception {
    int contenders = 16;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<IdempotencyStorePort.Claim>> claims = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        Callable<IdempotencyStorePort.Claim> attempt =
            () -> {
              start.await();
              return store.begin(KEY, OPERATION);
            };
        claims.add(pool.submit(attempt));
      }
      start.countDown();
      int started = 0;
      for (Future<IdempotencyStorePort.Claim> claim : claims) {
        started += claim.get() instanceof IdempotencyStorePort.Started ? 1 : 0;
      }
      assertEquals(1, started);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void retentionMustBePositive() {
    assertThrows(
        IllegalArgumentException.class, () -> new ProcessLocalIdempotencyStore(clock, Duration.ZERO));
    assertFalse(ProcessLocalIdempotencyStore.DEFAULT_RETENTION.isNegative());
  }
}
