package dev.tandem.domain.port;

import dev.tandem.domain.port.SessionRegistryPort.Admission;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a {@link SessionRegistryPort} accepts a run's first message, by the time the client stamped
 * it: from {@code now - window} to {@code now + allowedClockSkew}, both ends included. Every
 * implementation applies the same rule through {@link #checkTime}.
 *
 * @param window how old a first message may be when it arrives; the custodian's session timeout (a
 *     run whose first message took longer to arrive would not have been kept open anyway)
 * @param allowedClockSkew how far the client's clock may run ahead of the custodian's; also the
 *     margin by which an admitted id outlives the window, for custodian instances whose clocks
 *     differ by up to as much
 */
public record SessionWindow(Duration window, Duration allowedClockSkew) {

  /** One minute. */
  public static final Duration DEFAULT_ALLOWED_CLOCK_SKEW = Duration.ofMinutes(1);

  public SessionWindow {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(allowedClockSkew, "allowedClockSkew");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("the session window must be positive");
    }
    if (allowedClockSkew.isNegative()) {
      throw new IllegalArgumentException("the allowed clock skew must not be negative");
    }
  }

  /** {@code window} with the {@linkplain #DEFAULT_ALLOWED_CLOCK_SKEW default skew}. */
  public static SessionWindow of(Duration window) {
    return new SessionWindow(window, DEFAULT_ALLOWED_CLOCK_SKEW);
  }

  /**
   * {@link Admission#EXPIRED} if {@code issuedAt} is before {@code now - window}, {@link
   * Admission#FROM_THE_FUTURE} if it is after {@code now + allowedClockSkew}, and otherwise
   * {@link Admission#ADMITTED}: the time is acceptable (whether the id is new is the registry's
   * to say). Any instant is accepted as {@code issuedAt}.
   */
  public Admission checkTime(Instant issuedAt, Instant now) {
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(now, "now");
    if (issuedAt.isBefore(now.minus(window))) {
      return Admission.EXPIRED;
    }
    if (issuedAt.isAfter(now.plus(allowedClockSkew))) {
      return Admission.FROM_THE_FUTURE;
    }
    return Admission.ADMITTED;
  }

  /**
   * Until when a registry must remember an id admitted with this {@code issuedAt}: {@code issuedAt
   * + window + allowedClockSkew}. Meant for times {@link #checkTime} accepted.
   */
  public Instant rememberUntil(Instant issuedAt) {
    return Objects.requireNonNull(issuedAt, "issuedAt").plus(window).plus(allowedClockSkew);
  }
}
