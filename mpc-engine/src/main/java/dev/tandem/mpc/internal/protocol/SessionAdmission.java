package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionRegistryPort.Admission;
import java.security.GeneralSecurityException;
import java.time.Instant;

/**
 * The custodian's one question per run to its {@link SessionRegistryPort} (PROTOCOL.md §1), asked
 * when round 1 arrives: after the checks that it is for this session's wallet or pairs, before any
 * work that depends on a secret. Anything but {@link Admission#ADMITTED} is a violation by the
 * client whose reason says which refusal it was, and nothing more. A registry that cannot answer
 * (storage down, full) throws, which aborts the run as well.
 */
final class SessionAdmission {

  private SessionAdmission() {}

  /** Admits the run, or throws the violation that aborts it. */
  static void require(SessionRegistryPort sessions, SessionId sessionId, long issuedAt)
      throws GeneralSecurityException {
    Admission admission =
        sessions.admit(ProtocolSessionId.of(sessionId.bytes()), Instant.ofEpochMilli(issuedAt));
    switch (admission) {
      case ADMITTED:
        return;
      case REPLAYED:
        throw StateMachine.violation("round 1 replayed (its session id was already used)");
      case EXPIRED:
        throw StateMachine.violation("round 1 too old");
      case FROM_THE_FUTURE:
        throw StateMachine.violation("round 1 from the future");
      default:
        throw new IllegalStateException("unknown admission " + admission);
    }
  }
}
