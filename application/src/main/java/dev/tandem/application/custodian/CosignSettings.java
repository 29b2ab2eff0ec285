package dev.tandem.application.custodian;

import java.time.Duration;
import java.util.Objects;

/**
 * How the custodian keeps sessions.
 *
 * @param sessionTimeout how long a session may stay idle before it expires; also the time-to-live
 *     of the wallet lease a modifying session holds, renewed on each request
 * @param maxSessions how many sessions the custodian keeps at once; beyond it the least recently
 *     used session is evicted (and aborted), so a flood of opened sessions cannot exhaust memory
 */
public record CosignSettings(Duration sessionTimeout, long maxSessions) {
  /** Sessions kept at once by default: each holds a decoded share and protocol state. */
  public static final long DEFAULT_MAX_SESSIONS = 10_000;

  /** Five minutes: far beyond a protocol's round trips, short enough not to block a wallet long. */
  public static final CosignSettings DEFAULT = new CosignSettings(Duration.ofMinutes(5));

  public CosignSettings {
    Objects.requireNonNull(sessionTimeout, "sessionTimeout");
    if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
      throw new IllegalArgumentException("sessionTimeout must be positive");
    }
    if (maxSessions < 1) {
      throw new IllegalArgumentException("maxSessions must be positive");
    }
  }

  public CosignSettings(Duration sessionTimeout) {
    this(sessionTimeout, DEFAULT_MAX_SESSIONS);
  }
}
