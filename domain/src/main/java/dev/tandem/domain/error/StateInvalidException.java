package dev.tandem.domain.error;

/** The request is well formed but not allowed in the current state of the wallet or session. */
public final class StateInvalidException extends TandemException {
  private static final long serialVersionUID = 1L;

  public StateInvalidException(String message) {
    super(ErrorCode.STATE_INVALID, message);
  }

  public StateInvalidException(String message, Throwable cause) {
    super(ErrorCode.STATE_INVALID, message, cause);
  }
}
