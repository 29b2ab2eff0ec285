package dev.tandem.domain.port.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionRegistryPort.Admission;
import dev.tandem.domain.port.SessionWindow;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SessionRegistryPort} adapter passes: a fresh id is admitted once and
 * then refused as replayed, whatever time the replay carries; a run stamped outside the window is
 * refused as expired or from the future and not recorded; an admitted id is remembered through
 * the whole window; of sixteen concurrent admits of one id exactly one wins. Extend it and
 * implement {@link #createRegistry}.
 *
 * <p>The registry runs on a {@link ManualClock} the suite moves. Every test uses fresh random ids,
 * so the adapters under test may share one backend.
 */
public abstract class SessionRegistryContract {
  /** The window every test runs with: five minutes back, one minute ahead. */
  protected static final SessionWindow WINDOW =
      new SessionWindow(Duration.ofMinutes(5), Duration.ofMinutes(1));

  /** Where the registry's clock starts. */
  protected static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration ONE_MILLI = Duration.ofMillis(1);

  private ManualClock clock;
  private SessionRegistryPort registry;

  /**
   * A new registry under test, reading {@code clock} and applying {@code window}. Called before
   * each test.
   */
  protected abstract SessionRegistryPort createRegistry(Clock clock, SessionWindow window);

  /** How many threads race to admit one id. */
  protected int racingAdmits() {
    return 16;
  }

  /** How long a race may take before the test fails. */
  protected Duration raceTimeout() {
    return Duration.ofSeconds(60);
  }

  @BeforeEach
  void createRegistryUnderTest() {
    clock = new ManualClock(START);
    registry = createRegistry(clock, WINDOW);
  }

  /** The clock the registry under test reads. */
  protected final ManualClock clock() {
    return clock;
  }

  /** The registry under test. */
  protected final SessionRegistryPort registry() {
    return registry;
  }

  @Test
  void freshId_isAdmitted() {
    assertEquals(Admission.ADMITTED, registry.admit(newId(), clock.instant()));
  }

  @Test
  void admittedId_isReplayed_whateverTimeTheReplayCarries() {
    ProtocolSessionId id = newId();
    Instant now = clock.instant();
    registry.admit(id, now);

    assertEquals(Admission.REPLAYED, registry.admit(id, now));
    assertEquals(Admission.REPLAYED, registry.admit(ProtocolSessionId.of(id.bytes()), now));
    assertEquals(Admission.REPLAYED, registry.admit(id, now.minus(Duration.ofMinutes(4))));
    assertEquals(Admission.REPLAYED, registry.admit(id, now.plusSeconds(30)));
  }

  @Test
  void timesAtBothEndsOfTheWindow_areAdmitted() {
    Instant now = clock.instant();

    assertEquals(Admission.ADMITTED, registry.admit(newId(), now.minus(WINDOW.window())));
    assertEquals(Admission.ADMITTED, registry.admit(newId(), now.plus(WINDOW.allowedClockSkew())));
  }

  @Test
  void runStampedBeforeTheWindow_isExpired_andNotRecorded() {
    ProtocolSessionId id = newId();
    Instant now = clock.instant();

    assertEquals(
        Admission.EXPIRED, registry.admit(id, now.minus(WINDOW.window()).minus(ONE_MILLI)));

    assertEquals(Admission.ADMITTED, registry.admit(id, now));
  }

  @Test
  void runStampedBeyondTheSkew_isFromTheFuture_andNotRecorded() {
    ProtocolSessionId id = newId();
    Instant now = clock.instant();

    assertEquals(
        Admission.FROM_THE_FUTURE,
        registry.admit(id, now.plus(WINDOW.allowedClockSkew()).plus(ONE_MILLI)));

    assertEquals(Admission.ADMITTED, registry.admit(id, now));
  }

  @Test
  void extremeTimes_areRefused_notFailed() {
    assertEquals(Admission.EXPIRED, registry.admit(newId(), Instant.ofEpochMilli(Long.MIN_VALUE)));
    assertEquals(Admission.EXPIRED, registry.admit(newId(), Instant.EPOCH));
    assertEquals(
        Admission.FROM_THE_FUTURE, registry.admit(newId(), Instant.ofEpochMilli(Long.MAX_VALUE)));
  }

  @Test
  void admittedId_isRememberedUntilItsTimeLeavesTheWindow() {
    ProtocolSessionId id = newId();
    Instant issuedAt = clock.instant();
    registry.admit(id, issuedAt);

    clock.advance(WINDOW.window());
    assertEquals(Admission.REPLAYED, registry.admit(id, issuedAt));

    clock.advance(ONE_MILLI);
    assertEquals(Admission.EXPIRED, registry.admit(id, issuedAt));
  }

  @Test
  void idStampedAheadOfTheClock_isRememberedAsLong() {
    ProtocolSessionId id = newId();
    Instant issuedAt = clock.instant().plus(WINDOW.allowedClockSkew());
    assertEquals(Admission.ADMITTED, registry.admit(id, issuedAt));

    clock.advance(WINDOW.allowedClockSkew().plus(WINDOW.window()));

    assertEquals(Admission.REPLAYED, registry.admit(id, issuedAt));
  }

  @Test
  void idsDifferingInOneBit_areDistinct() {
    byte[] bytes = newId().bytes();
    Instant now = clock.instant();
    registry.admit(ProtocolSessionId.of(bytes), now);
    bytes[ProtocolSessionId.LENGTH - 1] ^= 1;

    assertEquals(Admission.ADMITTED, registry.admit(ProtocolSessionId.of(bytes), now));
  }

  @Test
  void concurrentAdmitsOfOneId_admitExactlyOne() throws InterruptedException {
    ProtocolSessionId id = newId();
    Instant now = clock.instant();

    List<Admission> answers = answers(racingAdmits(), i -> registry.admit(id, now));

    assertEquals(1, answers.stream().filter(a -> a == Admission.ADMITTED).count(), "" + answers);
    assertEquals(
        racingAdmits() - 1,
        answers.stream().filter(a -> a == Admission.REPLAYED).count(),
        "" + answers);
    assertEquals(Admission.REPLAYED, registry.admit(id, now));
  }

  @Test
  void concurrentAdmitsOfDistinctIds_admitEveryOne() throws InterruptedException {
    List<ProtocolSessionId> ids = new ArrayList<>();
    for (int i = 0; i < racingAdmits(); i++) {
      ids.add(newId());
    }
    Instant now = clock.instant();

    List<Admission> answers = answers(racingAdmits(), i -> registry.admit(ids.get(i), now));

    assertEquals(Collections.nCopies(racingAdmits(), Admission.ADMITTED), answers);
    for (ProtocolSessionId id : ids) {
      assertEquals(Admission.REPLAYED, registry.admit(id, now));
    }
  }

  @Test
  void nullArguments_areRefused() {
    assertThrows(NullPointerException.class, () -> registry.admit(null, clock.instant()));
    assertThrows(NullPointerException.class, () -> registry.admit(newId(), null));
  }

  /** A fresh random session id. */
  protected static ProtocolSessionId newId() {
    byte[] bytes = new byte[ProtocolSessionId.LENGTH];
    RANDOM.nextBytes(bytes);
    return ProtocolSessionId.of(bytes);
  }

  private List<Admission> answers(int count, IntFunction<Admission> admit)
      throws InterruptedException {
    Contenders<Admission> race = Contenders.race(count, raceTimeout(), admit);
    race.assertAllWon();
    List<Admission> answers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      answers.add(race.resultOf(i));
    }
    return answers;
  }
}
