package dev.tandem.mpc.internal;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs independent indexed tasks on a caller-supplied {@link Executor}, with the calling thread
 * taking part: tasks are claimed from a shared counter by the caller and by helpers submitted to
 * the executor. The caller never waits for a helper that has not started, so this cannot deadlock
 * on a saturated or single-threaded executor (a direct executor {@code Runnable::run} runs
 * everything in the calling thread).
 */
public final class Parallel {

  private static final int MAX_HELPERS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private Parallel() {}

  /**
   * Runs {@code task.accept(i)} for every {@code 0 <= i < count} and returns when all are done.
   * The first exception thrown by a task is rethrown (unchecked exceptions and errors as they
   * are).
   */
  public static void forEach(int count, Executor executor, IntConsumer task) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(task, "task");
    if (count <= 0) {
      return;
    }
    AtomicInteger next = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(count);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          int i;
          while ((i = next.getAndIncrement()) < count) {
            try {
              task.accept(i);
            } catch (Throwable t) {
              failure.compareAndSet(null, t);
            } finally {
              done.countDown();
            }
          }
        };
    int helpers = Math.min(count - 1, MAX_HELPERS);
    for (int h = 0; h < helpers && next.get() < count; h++) {
      try {
        executor.execute(worker);
      } catch (RejectedExecutionException e) {
        break;
      }
    }
    worker.run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    if (t instanceof Error) {
      throw (Error) t;
    }
    if (t != null) {
      throw new IllegalStateException("parallel task failed", t);
    }
  }
}
