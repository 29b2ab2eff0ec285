package dev.tandem.mpc.internal.protocol;

/**
 * Where a custodian remembers the session ids it has accepted (PROTOCOL.md §1: the custodian
 * rejects a first message whose session id it has already seen), so that a recorded run cannot be
 * replayed into a new session. A custodian state machine consults it once, when it accepts round
 * 1, after the pair checks and before any secret-dependent work.
 */
@FunctionalInterface
public interface SessionIdRegistry {

  /** Records {@code sessionId}; false if it was recorded before. Thread-safe. */
  boolean register(SessionId sessionId);

  /** A registry that remembers nothing (each state machine still takes one round 1 only). */
  static SessionIdRegistry none() {
    return sessionId -> true;
  }
}
