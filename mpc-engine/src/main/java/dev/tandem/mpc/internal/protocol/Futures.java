package dev.tandem.mpc.internal.protocol;

import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Protocol work handed to the engine's {@link Executor}, joined with its own exceptions.
 *
 * <p>A task runs exactly once, on whichever thread claims it first: an executor thread, or the
 * thread that joins it. A join never waits for a task that has not started (it runs it itself),
 * so no executor, however small or busy, can deadlock a run; tasks never block on other tasks.
 */
final class Futures {

  /** Work that may fail a security check. */
  @FunctionalInterface
  interface Task<T> {
    T run() throws GeneralSecurityException;
  }

  /** A submitted task. */
  static final class Pending<T> {
    private final Task<T> task;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Pending(Task<T> task) {
      this.task = task;
    }

    private void runIfUnclaimed() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        result.complete(task.run());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }

    /** Waits for the result (running the task here if no thread has started it). */
    T join() throws GeneralSecurityException {
      runIfUnclaimed();
      try {
        return result.join();
      } catch (CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof GeneralSecurityException) {
          throw (GeneralSecurityException) cause;
        }
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
          throw (Error) cause;
        }
        throw e;
      }
    }

    /**
     * Gives up the task: if no thread has started it, it never runs; otherwise its result, once
     * there is one, goes to {@code cleanup} (to drop secrets the run no longer wants).
     */
    void discard(Consumer<T> cleanup) {
      if (claimed.compareAndSet(false, true)) {
        result.cancel(false);
        return;
      }
      result.thenAccept(cleanup);
    }

    /** Gives up the task; a result already under way is simply dropped. */
    void discard() {
      discard(ignored -> { });
    }
  }

  private Futures() {}

  /** Offers {@code task} to {@code executor}; a refused task runs at its join. */
  static <T> Pending<T> submit(Executor executor, Task<T> task) {
    Objects.requireNonNull(executor, "executor");
    Pending<T> pending = new Pending<>(Objects.requireNonNull(task, "task"));
    try {
      executor.execute(pending::runIfUnclaimed);
    } catch (RejectedExecutionException e) {
      // Left for the joining thread.
    }
    return pending;
  }

  /**
   * Runs a check of the peer's data. Arithmetic on hostile values can also fail with {@link
   * ArithmeticException} or {@link IllegalArgumentException} (a non-invertible element, a value
   * out of a library's range); those are the peer's fault too and become a {@link
   * GeneralSecurityException} naming the check.
   */
  static <T> T check(String what, Task<T> task) throws GeneralSecurityException {
    try {
      return task.run();
    } catch (ArithmeticException | IllegalArgumentException e) {
      throw new GeneralSecurityException(what + " rejected: " + e.getClass().getSimpleName());
    }
  }

  /** {@link #check} on the executor. */
  static <T> Pending<T> submitCheck(Executor executor, String what, Task<T> task) {
    return submit(executor, () -> check(what, task));
  }

  /** Joins every task (so none is left unobserved), then rethrows the first failure. */
  static void joinAll(Pending<?>... tasks) throws GeneralSecurityException {
    GeneralSecurityException first = null;
    RuntimeException firstRuntime = null;
    for (Pending<?> task : tasks) {
      try {
        task.join();
      } catch (GeneralSecurityException e) {
        if (first == null) {
          first = e;
        }
      } catch (RuntimeException e) {
        if (firstRuntime == null) {
          firstRuntime = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
    if (firstRuntime != null) {
      throw firstRuntime;
    }
  }
}
