package dev.tandem.mpc;

import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The engine tests' {@link SessionRegistryPort}: the window rule of {@link SessionWindow}, then one
 * atomic {@code putIfAbsent} per id, kept forever (a test is short). The engine module cannot use
 * the in-memory adapter, which depends on it; {@link WindowedSessionRegistryContractTest} holds
 * this one to the same contract.
 */
public final class WindowedSessionRegistry implements SessionRegistryPort {

  /** The engine tests' window: the custodian's default five minutes, one minute of skew. */
  public static final SessionWindow WINDOW = SessionWindow.of(Duration.ofMinutes(5));

  private final Clock clock;
  private final SessionWindow window;
  private final ConcurrentMap<ProtocolSessionId, Instant> admitted = new ConcurrentHashMap<>();

  public WindowedSessionRegistry(Clock clock, SessionWindow window) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
  }

  /** On the system clock in UTC, with {@link #WINDOW}. */
  public static WindowedSessionRegistry onSystemClock() {
    return new WindowedSessionRegistry(Clock.systemUTC(), WINDOW);
  }

  @Override
  public Admission admit(ProtocolSessionId sessionId, Instant issuedAt) {
    Objects.requireNonNull(sessionId, "sessionId");
    Admission time = window.checkTime(issuedAt, clock.instant());
    if (time != Admission.ADMITTED) {
      return time;
    }
    return admitted.putIfAbsent(sessionId, issuedAt) == null
        ? Admission.ADMITTED
        : Admission.REPLAYED;
  }

  /** How many ids were admitted. */
  public int size() {
    return admitted.size();
  }

  @Override
  public String toString() {
    return "WindowedSessionRegistry[" + admitted.size() + " admitted]";
  }
}
