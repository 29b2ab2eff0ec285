package dev.tandem.wiring.local;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.IdempotentResult;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The client's idempotency entries in memory.
 *
 * <p>Guarantees: every operation runs under the store's monitor, so of concurrent begins with one
 * key exactly one is {@code Started}; the store keeps its own copy of each result and hands out
 * copies; completed entries are forgotten (their copy destroyed) once the retention period has
 * passed since completion, by the injected clock; entries in progress are never forgotten. Entries
 * live as long as the process: a client that must survive restarts needs a durable store.
 */
public final class ProcessLocalIdempotencyStore implements IdempotencyStorePort {
  /** How long a completed result is kept for retries, unless configured otherwise. */
  public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

  private final Clock clock;
  private final Duration retention;

  /** Guarded by {@code this}. */
  private final Map<IdempotencyKey, Entry> entries = new HashMap<>();

  private static final class Entry {
    final String operation;
    IdempotentResult result;
    Instant completedAt;

    Entry(String operation) {
      this.operation = operation;
    }
  }

  @Inject
  public ProcessLocalIdempotencyStore(Clock clock) {
    this(clock, DEFAULT_RETENTION);
  }

  public ProcessLocalIdempotencyStore(Clock clock, Duration retention) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retention = Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive");
    }
  }

  @Override
  public synchronized Claim begin(IdempotencyKey key, String operation) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operation, "operation");
    forgetExpired();
    Entry entry = entries.get(key);
    if (entry == null) {
      entries.put(key, new Entry(operation));
      return new Started();
    }
    if (!entry.operation.equals(operation)) {
      throw new InvalidInputException(
          "idempotency key " + key + " was already used for another operation");
    }
    if (entry.result == null) {
      return new InProgress();
    }
    return new Completed(entry.result.copy());
  }

  @Override
  public synchronized void complete(IdempotencyKey key, IdempotentResult result) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(result, "result");
    Entry entry = inProgress(key);
    entry.result = result.copy();
    entry.completedAt = clock.instant();
  }

  @Override
  public synchronized void abandon(IdempotencyKey key) {
    Objects.requireNonNull(key, "key");
    inProgress(key);
    entries.remove(key);
  }

  private Entry inProgress(IdempotencyKey key) {
    Entry entry = entries.get(key);
    if (entry == null || entry.result != null) {
      throw new IllegalStateException("idempotency key " + key + " is not in progress");
    }
    return entry;
  }

  private void forgetExpired() {
    Instant now = clock.instant();
    Iterator<Entry> iterator = entries.values().iterator();
    while (iterator.hasNext()) {
      Entry entry = iterator.next();
      if (entry.result != null && !now.isBefore(entry.completedAt.plus(retention))) {
        entry.result.destroy();
        iterator.remove();
      }
    }
  }
}
