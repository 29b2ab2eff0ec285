package dev.tandem.mpc.internal.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The custodian's memory of session ids (PROTOCOL.md §1), in memory: a {@link SessionIdRegistry}
 * that remembers the most recent {@code capacity} session ids. Best effort: it is per process and forgets the oldest ids, so a deployment with several
 * custodian instances, or one that restarts, relies on its authenticated channel (an old run can
 * only be replayed by someone who can send as the client) and may also record ids durably.
 */
public final class RecentSessionIds implements SessionIdRegistry {

  private final Map<SessionId, Boolean> seen;

  public RecentSessionIds(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.seen =
        new LinkedHashMap<>(16, 0.75f, false) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<SessionId, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public synchronized boolean register(SessionId sessionId) {
    return seen.putIfAbsent(sessionId, Boolean.TRUE) == null;
  }

  @Override
  public synchronized String toString() {
    return "RecentSessionIds[" + seen.size() + " remembered]";
  }
}
