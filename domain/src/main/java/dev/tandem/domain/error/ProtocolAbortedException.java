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
    super(
        ErrorCode.PROTOCOL_ABORTED,
        "protocol aborted by misbehaving " + Objects.requireNonNull(faultyParty) + ": " + reason,
        cause);
    this.faultyParty = faultyParty;
  }

  public Party faultyParty() {
    return faultyParty;
  }
}
