package dev.tandem.domain.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.port.SessionRegistryPort.Admission;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionWindowTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final SessionWindow WINDOW =
      new SessionWindow(Duration.ofMinutes(5), Duration.ofMinutes(1));

  @Test
  void timesFromWindowAgoToSkewAhead_areAcceptable_bothEndsIncluded() {
    assertEquals(Admission.ADMITTED, WINDOW.checkTime(NOW, NOW));
    assertEquals(Admission.ADMITTED, WINDOW.checkTime(NOW.minus(Duration.ofMinutes(5)), NOW));
    assertEquals(Admission.ADMITTED, WINDOW.checkTime(NOW.plus(Duration.ofMinutes(1)), NOW));
  }

  @Test
  void timesOutsideTheWindow_areExpiredOrFromTheFuture() {
    assertEquals(
        Admission.EXPIRED, WINDOW.checkTime(NOW.minus(Duration.ofMinutes(5)).minusMillis(1), NOW));
    assertEquals(
        Admission.FROM_THE_FUTURE,
        WINDOW.checkTime(NOW.plus(Duration.ofMinutes(1)).plusMillis(1), NOW));
    assertEquals(Admission.EXPIRED, WINDOW.checkTime(Instant.MIN, NOW));
    assertEquals(Admission.FROM_THE_FUTURE, WINDOW.checkTime(Instant.MAX, NOW));
  }

  @Test
  void anIdIsRememberedForTheWindowAndTheSkew_pastItsTime() {
    assertEquals(NOW.plus(Duration.ofMinutes(6)), WINDOW.rememberUntil(NOW));
  }

  @Test
  void zeroSkew_isAllowed_andTheDefaultIsOneMinute() {
    SessionWindow strict = new SessionWindow(Duration.ofMinutes(5), Duration.ZERO);
    assertEquals(Admission.FROM_THE_FUTURE, strict.checkTime(NOW.plusMillis(1), NOW));
    assertEquals(Duration.ofMinutes(1), SessionWindow.of(Duration.ofMinutes(5)).allowedClockSkew());
  }

  @Test
  void aWindowMustBePositive_andTheSkewNotNegative() {
    assertThrows(
        IllegalArgumentException.class, () -> new SessionWindow(Duration.ZERO, Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionWindow(Duration.ofMinutes(-1), Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionWindow(Duration.ofMinutes(5), Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> new SessionWindow(null, Duration.ZERO));
    assertThrows(NullPointerException.class, () -> new SessionWindow(Duration.ofMinutes(5), null));
    assertThrows(NullPointerException.class, () -> WINDOW.checkTime(null, NOW));
  }
}
