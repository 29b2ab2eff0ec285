package dev.tandem.domain.error;

import dev.tandem.domain.model.Party;
import java.util.Objects;

/**
 * A two-party protocol stopped because a message broke the protocol: wrong type or order, failed
 * proof, invalid point or ciphertext, malformed bytes. Names the party at fault; no output of the
 * protocol exists.
 */
public final class ProtocolAbortedException extends TandemException {
  private static final long serialVersionUID = 1L;

  private final Party faultyParty;

  public ProtocolAbortedException(Party faultyParty, String reason) {
    this(faultyParty, reason, null);
  }

  public ProtocolAbortedException(Party faultyParty, String reason, Throwable cause) {
    this(
        faultyParty,
        cause,
        "protocol aborted by misbehaving " + Objects.requireNonNull(faultyParty) + ": " + reason);
  }

  private ProtocolAbortedException(Party faultyParty, Throwable cause, String message) {
    super(ErrorCode.PROTOCOL_ABORTED, message, cause);
    this.faultyParty = Objects.requireNonNull(faultyParty, "faultyParty");
  }

  /** Rebuilds the exception from its faulty party and message as they crossed a wire. */
  public static ProtocolAbortedException restore(Party faultyParty, String message) {
    return new ProtocolAbortedException(faultyParty, null, message);
  }

  public Party faultyParty() {
    return faultyParty;
  }
}
