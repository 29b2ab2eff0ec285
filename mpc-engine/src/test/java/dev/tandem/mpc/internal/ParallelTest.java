package dev.tandem.mpc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void runsEveryIndexExactlyOnce() {
    for (java.util.concurrent.Executor executor :
        new java.util.concurrent.Executor[] {Runnable::run, ForkJoinPool.commonPool()}) {
      AtomicIntegerArray runs = new AtomicIntegerArray(100);
      Parallel.forEach(100, executor, runs::incrementAndGet);
      for (int i = 0; i < 100; i++) {
        assertEquals(1, runs.get(i));
      }
    }
  }

  @Test
  void completesOnASaturatedExecutor() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      single.submit(() -> {
        AtomicIntegerArray runs = new AtomicIntegerArray(10);
        // Nested use on the executor's only thread: helpers cannot start, the caller does it all.
        Parallel.forEach(10, single, runs::incrementAndGet);
        for (int i = 0; i < 10; i++) {
          assertEquals(1, runs.get(i));
        }
        return null;
      }).get();
    } finally {
      single.shutdown();
    }
  }

  @Test
  void rethrowsTheTaskFailure() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Parallel.forEach(5, ForkJoinPool.commonPool(), i -> {
          if (i == 3) {
            throw new IllegalStateException("boom");
          }
        }));
    assertEquals("boom", e.getMessage());
  }
}
