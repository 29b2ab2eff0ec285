package dev.tandem.domain.port.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.WriteConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs one write per contender, every contender on its own thread and all released at the same
 * instant, and collects who won and who lost.
 *
 * @param <T> what a winning write returns
 */
final class Contenders<T> {
  /** Results by contender; a write returning nothing maps to null. */
  private final Map<Integer, T> winners;
  private final Map<Integer, Throwable> losers;

  private Contenders(Map<Integer, T> winners, Map<Integer, Throwable> losers) {
    this.winners = winners;
    this.losers = losers;
  }

  /**
   * Runs {@code write.apply(i)} for every contender {@code i} in {@code [0, count)}.
   *
   * @throws AssertionError if a write does not finish within {@code timeout}
   */
  static <T> Contenders<T> race(int count, Duration timeout, IntFunction<T> write)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    CyclicBarrier start = new CyclicBarrier(count);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int contender = i;
        futures.add(
            threads.submit(
                () -> {
                  start.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
                  return write.apply(contender);
                }));
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      Map<Integer, T> winners = new HashMap<>();
      Map<Integer, Throwable> losers = new HashMap<>();
      for (int i = 0; i < count; i++) {
        try {
          winners.put(i, futures.get(i).get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
          losers.put(i, e.getCause());
        } catch (TimeoutException e) {
          fail("contender " + i + " did not finish within " + timeout);
        }
      }
      return new Contenders<>(winners, losers);
    } finally {
      threads.shutdownNow();
      threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Asserts that exactly one write won and every other lost with {@link WriteConflictException};
   * returns the winner.
   */
  int onlyWinner() {
    losers.forEach(
        (contender, failure) -> {
          if (!(failure instanceof WriteConflictException conflict)) {
            throw new AssertionError(
                "contender " + contender + " failed with something other than a write conflict",
                failure);
          }
          assertEquals(ErrorCode.CONCURRENT_MODIFICATION, conflict.code());
        });
    assertEquals(1, winners.size(), "winners: " + winners.keySet());
    return winners.keySet().iterator().next();
  }

  /** Asserts that every write won. */
  void assertAllWon() {
    losers.forEach(
        (contender, failure) -> {
          throw new AssertionError("contender " + contender + " lost", failure);
        });
  }

  /** What the given winner's write returned. */
  T resultOf(int winner) {
    return winners.get(winner);
  }
}
