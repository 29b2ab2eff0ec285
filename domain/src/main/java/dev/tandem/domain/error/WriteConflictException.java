package dev.tandem.domain.error;

/**
 * A conditional write lost: create-if-absent found a record, or replace-if-version-matches found a
 * newer version. Nothing was written. Retryable after re-reading.
 */
public final class WriteConflictException extends TandemException {
  private static final long serialVersionUID = 1L;

  public WriteConflictException(String message) {
    super(ErrorCode.CONCURRENT_MODIFICATION, message);
  }

  public WriteConflictException(String message, Throwable cause) {
    super(ErrorCode.CONCURRENT_MODIFICATION, message, cause);
  }
}
