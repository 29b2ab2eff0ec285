package dev.tandem.domain.error;

/** A request argument is malformed or out of range. The message names the argument, not its value. */
public final class InvalidInputException extends TandemException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(ErrorCode.INVALID_INPUT, message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(ErrorCode.INVALID_INPUT, message, cause);
  }
}
