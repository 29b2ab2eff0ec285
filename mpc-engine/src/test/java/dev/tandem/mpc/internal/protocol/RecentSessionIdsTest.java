package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ProtocolAbortedException;
import org.junit.jupiter.api.Test;

/** The custodian's memory of recent session ids (PROTOCOL.md §1). */
class RecentSessionIdsTest {

  @Test
  void aSessionIdIsAcceptedOnce_untilItIsForgotten() {
    RecentSessionIds registry = new RecentSessionIds(2);
    SessionId a = SessionId.random(ProtocolFixtures.RANDOM);
    SessionId b = SessionId.random(ProtocolFixtures.RANDOM);
    SessionId c = SessionId.random(ProtocolFixtures.RANDOM);
    assertTrue(registry.register(a));
    assertFalse(registry.register(SessionId.of(a.bytes())));
    assertTrue(registry.register(b));
    assertTrue(registry.register(c));
    assertTrue(registry.register(a), "the oldest id is forgotten beyond the capacity");
    assertFalse(registry.register(c));
    assertThrows(IllegalArgumentException.class, () -> new RecentSessionIds(0));
  }

  @Test
  void aCustodianSharingTheRegistry_refusesAReusedSessionId() {
    RecentSessionIds registry = new RecentSessionIds(16);
    byte[] round1 = Scenario.sign().reference()[0];
    new CustodianSign(
            ProtocolFixtures.pairA().custodian(),
            ProtocolFixtures.RANDOM,
            ProtocolFixtures.EXECUTOR,
            registry)
        .respond(round1);
    CustodianSign second =
        new CustodianSign(
            ProtocolFixtures.pairA().custodian(),
            ProtocolFixtures.RANDOM,
            ProtocolFixtures.EXECUTOR,
            registry);
    assertThrows(
        ProtocolAbortedException.class, () -> second.respond(round1));
    assertTrue(second.isAborted());
  }
}
