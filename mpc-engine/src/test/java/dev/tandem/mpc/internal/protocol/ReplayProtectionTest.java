package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.mpc.WindowedSessionRegistry;
import dev.tandem.mpc.internal.protocol.Scenario.Custodian;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The custodian's replay protection (PROTOCOL.md §1), for keygen, sign and refresh: round 1 is put
 * to the session registry once, after the pair checks and before any secret-dependent work; a
 * replayed session id, a time before the window or beyond the allowed skew aborts the run naming
 * the client, with a reason that says which and nothing else, and leaves nothing recorded for the
 * refusals of time. A recorded run whose round-1 time was edited so that a registry admits it
 * aborts later, because every opening and proof is bound to the original time. Honest runs go on
 * as before.
 */
class ReplayProtectionTest {

  private static final Duration WINDOW = WindowedSessionRegistry.WINDOW.window();
  private static final Duration SKEW = WindowedSessionRegistry.WINDOW.allowedClockSkew();

  /** Where the issue time sits in every round-1 message: after version, type and session id. */
  private static final int ISSUED_AT_OFFSET = 2 + SessionId.LENGTH;

  static Stream<Scenario> scenarios() {
    return Stream.of(Scenario.keygen(), Scenario.sign(), Scenario.refresh());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void honestRun_isAdmittedOnce_andCompletes(Scenario scenario) {
    WindowedSessionRegistry sessions = ProtocolFixtures.newRegistry();
    Custodian custodian = scenario.newCustodian(sessions);

    Scenario.runHonest(scenario.newClient(), custodian);

    assertTrue(custodian.machine.isComplete());
    assertNotNull(custodian.output());
    if (custodian.output() instanceof SignOutcome outcome) {
      assertTrue(Scenario.released(outcome));
    }
    assertEquals(1, sessions.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void replayedRound1_isRefused_andTheRestOfTheRunWithIt(Scenario scenario) {
    byte[][] recorded = scenario.reference();
    WindowedSessionRegistry sessions = ProtocolFixtures.newRegistry();
    scenario.newCustodian(sessions).respond(recorded[0]);

    Custodian replayed = scenario.newCustodian(sessions);

    assertRefused(replayed, recorded[0], "round 1 replayed (its session id was already used)");
    ProtocolAbortedException rest =
        assertThrows(ProtocolAbortedException.class, () -> replayed.respond(recorded[2]));
    assertEquals(Party.CLIENT, rest.faultyParty());
    assertEquals(1, sessions.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void round1OlderThanTheWindow_isRefusedAsTooOld_andNotRecorded(Scenario scenario) {
    WindowedSessionRegistry sessions =
        registryAt(ProtocolFixtures.ISSUED_AT.plus(WINDOW).plusMillis(1));

    assertRefused(scenario.newCustodian(sessions), scenario.reference()[0], "round 1 too old");
    assertEquals(0, sessions.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void round1BeyondTheSkew_isRefusedAsFromTheFuture_andNotRecorded(Scenario scenario) {
    WindowedSessionRegistry sessions =
        registryAt(ProtocolFixtures.ISSUED_AT.minus(SKEW).minusMillis(1));

    assertRefused(
        scenario.newCustodian(sessions), scenario.reference()[0], "round 1 from the future");
    assertEquals(0, sessions.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void round1AtTheEdgesOfTheWindow_isAdmitted(Scenario scenario) {
    for (Instant now :
        new Instant[] {
          ProtocolFixtures.ISSUED_AT.plus(WINDOW), ProtocolFixtures.ISSUED_AT.minus(SKEW)
        }) {
      WindowedSessionRegistry sessions = registryAt(now);
      Custodian custodian = scenario.newCustodian(sessions);
      byte[][] recorded = scenario.reference();

      custodian.respond(recorded[0]);
      custodian.respond(recorded[2]);

      assertTrue(custodian.machine.isComplete(), "at " + now);
      assertEquals(1, sessions.size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void recordedRunRestampedIntoTheWindow_isAdmittedButAborts(Scenario scenario) {
    byte[][] recorded = scenario.reference();
    // A registry that no longer knows the id (a restart, say) and a clock an hour on: the original
    // time is too old, so the replayer restamps round 1 with the registry's present time.
    Instant later = ProtocolFixtures.ISSUED_AT.plus(Duration.ofHours(1));
    WindowedSessionRegistry sessions = registryAt(later);
    byte[] restamped = recorded[0].clone();
    ByteBuffer.wrap(restamped).putLong(ISSUED_AT_OFFSET, later.toEpochMilli());
    Custodian custodian = scenario.newCustodian(sessions);

    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class,
            () -> {
              custodian.respond(restamped);
              custodian.respond(recorded[2]);
            });

    assertEquals(Party.CLIENT, e.faultyParty());
    assertTrue(custodian.machine.isAborted());
    assertThrows(IllegalStateException.class, custodian::output);
    assertEquals(1, sessions.size(), "the registry admitted the restamped round 1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void registryThatCannotAnswer_abortsTheRun_failingClosed(Scenario scenario) {
    AtomicInteger asked = new AtomicInteger();
    SessionRegistryPort down =
        (sessionId, issuedAt) -> {
          asked.incrementAndGet();
          throw new StorageUnavailableException("session registry unavailable", null);
        };
    Custodian custodian = scenario.newCustodian(down);
    byte[][] recorded = scenario.reference();

    StorageUnavailableException e =
        assertThrows(StorageUnavailableException.class, () -> custodian.respond(recorded[0]));

    assertTrue(e.retryable());
    assertEquals(1, asked.get());
    assertTrue(custodian.machine.isAborted());
    assertThrows(IllegalStateException.class, custodian::output);
    assertThrows(ProtocolAbortedException.class, () -> custodian.respond(recorded[0]));
    assertEquals(1, asked.get(), "an aborted run asks nothing more");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void round1ForAnotherPair_isRefusedBeforeTheRegistryIsAsked(Scenario scenario) {
    WindowedSessionRegistry sessions = ProtocolFixtures.newRegistry();
    Custodian custodian = scenario.newCustodian(sessions);

    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class, () -> custodian.respond(scenario.alternative()[0]));

    assertEquals(Party.CLIENT, e.faultyParty());
    assertEquals(0, sessions.size(), "a mismatched round 1 burns no session id");
  }

  private static WindowedSessionRegistry registryAt(Instant now) {
    return new WindowedSessionRegistry(
        Clock.fixed(now, ZoneOffset.UTC), WindowedSessionRegistry.WINDOW);
  }

  /** Round 1 aborts the custodian naming the client, for {@code reason} and nothing else. */
  private static void assertRefused(Custodian custodian, byte[] round1, String reason) {
    ProtocolAbortedException e =
        assertThrows(ProtocolAbortedException.class, () -> custodian.respond(round1));
    assertEquals(Party.CLIENT, e.faultyParty());
    assertTrue(e.getMessage().endsWith(" request: " + reason), e.getMessage());
    String sessionIdHex = HexFormat.of().formatHex(round1, 2, ISSUED_AT_OFFSET);
    assertFalse(e.getMessage().contains(sessionIdHex.substring(0, 16)), e.getMessage());
    assertTrue(custodian.machine.isAborted());
    assertFalse(custodian.machine.isComplete());
    assertThrows(IllegalStateException.class, custodian::output);
    ProtocolAbortedException again =
        assertThrows(ProtocolAbortedException.class, () -> custodian.respond(round1));
    assertSame(Party.CLIENT, again.faultyParty());
  }
}
