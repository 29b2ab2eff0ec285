package dev.tandem.adapter.inmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionRegistryPort.Admission;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.contract.ManualClock;
import dev.tandem.domain.port.contract.SessionRegistryContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link InMemorySessionRegistry} passes the shared session registry contract; and, bounded, it
 * forgets ids once their window has passed but refuses new runs rather than forget a live id.
 */
class InMemorySessionRegistryTest extends SessionRegistryContract {

  @Override
  protected SessionRegistryPort createRegistry(Clock clock, SessionWindow window) {
    return new InMemorySessionRegistry(clock, window);
  }

  @Test
  void fullOfLiveIds_refusesNewRunsRetryably_andForgetsNone() {
    ManualClock clock = new ManualClock(START);
    InMemorySessionRegistry registry = new InMemorySessionRegistry(clock, WINDOW, 3);
    Instant now = clock.instant();
    ProtocolSessionId[] live = {newId(), newId(), newId()};
    for (ProtocolSessionId id : live) {
      assertEquals(Admission.ADMITTED, registry.admit(id, now));
    }
    ProtocolSessionId refused = newId();

    StorageUnavailableException full =
        assertThrows(StorageUnavailableException.class, () -> registry.admit(refused, now));

    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, full.code());
    assertTrue(full.retryable());
    assertTrue(full.getMessage().contains("full"), full.getMessage());
    assertTrue(full.getMessage().contains(WINDOW.rememberUntil(now).toString()), full.getMessage());
    for (ProtocolSessionId id : live) {
      assertEquals(Admission.REPLAYED, registry.admit(id, now), "a full registry still knows it");
    }
    assertEquals(3, registry.size());
  }

  @Test
  void idsAreKeptUntilWindowAndSkewPastTheirTime_thenForgottenToMakeRoom() {
    ManualClock clock = new ManualClock(START);
    InMemorySessionRegistry registry = new InMemorySessionRegistry(clock, WINDOW, 1);
    Instant issuedAt = clock.instant();
    registry.admit(newId(), issuedAt);

    clock.advance(WINDOW.window().plus(WINDOW.allowedClockSkew()));
    assertThrows(
        StorageUnavailableException.class, () -> registry.admit(newId(), clock.instant()));

    clock.advance(Duration.ofMillis(1));
    assertEquals(Admission.ADMITTED, registry.admit(newId(), clock.instant()));
    assertEquals(1, registry.size());
  }

  @Test
  void expiredIds_areForgotten_asNewOnesArrive() {
    ManualClock clock = new ManualClock(START);
    InMemorySessionRegistry registry = new InMemorySessionRegistry(clock, WINDOW);
    for (int i = 0; i < 100; i++) {
      registry.admit(newId(), clock.instant());
    }
    assertEquals(100, registry.size());

    clock.advance(Duration.ofMinutes(10));
    registry.admit(newId(), clock.instant());

    assertEquals(1, registry.size());
  }

  @Test
  void refusalsForTime_neitherRecordNorNeedRoom() {
    ManualClock clock = new ManualClock(START);
    InMemorySessionRegistry registry = new InMemorySessionRegistry(clock, WINDOW, 1);
    registry.admit(newId(), clock.instant());

    assertEquals(Admission.EXPIRED, registry.admit(newId(), Instant.EPOCH));
    assertEquals(
        Admission.FROM_THE_FUTURE, registry.admit(newId(), clock.instant().plusSeconds(3600)));
    assertEquals(1, registry.size());
  }

  @Test
  void capacity_mustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new InMemorySessionRegistry(Clock.systemUTC(), WINDOW, 0));
  }
}
