package dev.tandem.domain.port;

import dev.tandem.domain.model.ProtocolSessionId;
import java.time.Instant;

/**
 * The custodian's memory of the protocol runs it has accepted, so that a recorded run cannot be
 * played to it again (mpc-engine {@code PROTOCOL.md} §1). The custodian engine asks once per run,
 * when the client's first message arrives, after checking that the message is for the session's
 * wallet and pair and before any work that depends on a secret; anything but {@link
 * Admission#ADMITTED} aborts the run.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>The implementation owns its clock and a {@link SessionWindow}. A run stamped before {@code
 *       now - window} is {@link Admission#EXPIRED}; one stamped after {@code now +
 *       allowedClockSkew} is {@link Admission#FROM_THE_FUTURE}. The time is checked first, and a
 *       run refused for its time is not recorded.
 *   <li>Otherwise the id is recorded and the run {@link Admission#ADMITTED}, unless the id was
 *       recorded before: {@link Admission#REPLAYED}, whatever time the replay carries. Of
 *       concurrent admits of one id, exactly one is admitted: within one process for an in-memory
 *       implementation, across every custodian instance sharing the storage for a durable one.
 *   <li>An admitted id is remembered at least until {@link SessionWindow#rememberUntil} of its
 *       time: past the last instant at which this custodian, or another whose clock runs behind by
 *       up to the allowed skew, would still find the time acceptable.
 *   <li>It never forgets an id early to make room. An implementation that cannot record the id
 *       fails closed: it throws {@link dev.tandem.domain.error.StorageUnavailableException}
 *       (retryable) and the run is refused. Nothing else is thrown for a valid argument.
 * </ul>
 *
 * <p>Session ids and times are not secret; implementations may store and log them.
 */
public interface SessionRegistryPort {

  /** The registry's answer to a run's first message. */
  enum Admission {
    /** Recorded now: the run may go on. */
    ADMITTED,
    /** Recorded before: a replay of an earlier run. */
    REPLAYED,
    /** Stamped before the window: too old to be admitted, replayed or not. */
    EXPIRED,
    /** Stamped later than the registry's clock plus the allowed skew. */
    FROM_THE_FUTURE
  }

  /**
   * Admits the run named {@code sessionId}, which the client stamped {@code issuedAt}, at most once.
   *
   * @throws dev.tandem.domain.error.StorageUnavailableException if the id cannot be recorded now
   *     (storage down, or an in-memory registry full of ids it must still remember); retryable
   */
  Admission admit(ProtocolSessionId sessionId, Instant issuedAt);
}
