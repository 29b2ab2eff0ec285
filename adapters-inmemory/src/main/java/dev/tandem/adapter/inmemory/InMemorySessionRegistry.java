package dev.tandem.adapter.inmemory;

import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The custodian's session registry in memory, for a custodian that runs in one JVM.
 *
 * <p>Guarantees: the time is checked with the injected clock and {@link SessionWindow} first; then,
 * under the registry's monitor, ids whose {@link SessionWindow#rememberUntil} has passed are
 * forgotten and the id is looked up and recorded in one step, so of concurrent admits of one id
 * exactly one is admitted. At most {@code capacity} ids are kept. When that many are still live,
 * a new id is refused with {@link StorageUnavailableException} (retryable: room comes back as the
 * oldest ids expire) rather than forgetting one a replay could still use.
 *
 * <p><strong>It does not survive its process.</strong> A custodian that restarts starts with no id
 * remembered, so a run recorded within the last window (the session timeout) before the restart can
 * be played to it again; only the timestamp check bounds that. A deployment that restarts, or runs
 * several custodian instances, needs the durable registry of its storage adapter (S3, Cloud
 * Storage).
 */
public final class InMemorySessionRegistry implements SessionRegistryPort {
  /**
   * Ids kept at most unless configured otherwise: about 10 MB when full, and room for some 180 runs
   * a second with the default window (five minutes, plus one of skew).
   */
  public static final int DEFAULT_CAPACITY = 65_536;

  private final Clock clock;
  private final SessionWindow window;
  private final int capacity;

  /** Guarded by {@code this}: each id with the instant until which it must be remembered. */
  private final Map<ProtocolSessionId, Instant> remembered = new HashMap<>();

  /** Guarded by {@code this}: the same ids, soonest to expire first. */
  private final PriorityQueue<Remembered> byExpiry =
      new PriorityQueue<>(Comparator.comparing(Remembered::until));

  private record Remembered(Instant until, ProtocolSessionId sessionId) {}

  /** A registry of {@value #DEFAULT_CAPACITY} ids. */
  @Inject
  public InMemorySessionRegistry(Clock clock, SessionWindow window) {
    this(clock, window, DEFAULT_CAPACITY);
  }

  /**
   * @param capacity how many ids the registry keeps at most; beyond it, new runs are refused until
   *     the oldest ids expire
   */
  public InMemorySessionRegistry(Clock clock, SessionWindow window, int capacity) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
    if (capacity < 1) {
      throw new IllegalArgumentException("the capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  @Override
  public Admission admit(ProtocolSessionId sessionId, Instant issuedAt) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Instant now = clock.instant();
    Admission time = window.checkTime(issuedAt, now);
    if (time != Admission.ADMITTED) {
      return time;
    }
    synchronized (this) {
      forgetExpired(now);
      if (remembered.containsKey(sessionId)) {
        return Admission.REPLAYED;
      }
      if (remembered.size() >= capacity) {
        throw new StorageUnavailableException(
            "the in-memory session registry is full: it keeps "
                + capacity
                + " session ids that a replay could still use, and refuses new protocol runs"
                + " until the first of them expires at "
                + byExpiry.peek().until(),
            null);
      }
      Instant until = window.rememberUntil(issuedAt);
      remembered.put(sessionId, until);
      byExpiry.add(new Remembered(until, sessionId));
      return Admission.ADMITTED;
    }
  }

  /** How many ids the registry keeps now, expired ones not yet forgotten included. */
  synchronized int size() {
    return remembered.size();
  }

  private void forgetExpired(Instant now) {
    while (!byExpiry.isEmpty() && byExpiry.peek().until().isBefore(now)) {
      remembered.remove(byExpiry.poll().sessionId());
    }
  }

  @Override
  public synchronized String toString() {
    return "InMemorySessionRegistry[" + remembered.size() + " of " + capacity + " ids, " + window
        + "]";
  }
}
