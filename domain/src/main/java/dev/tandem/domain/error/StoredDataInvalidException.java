package dev.tandem.domain.error;

/**
 * A record read from storage cannot be trusted: its authentication failed (tampered, or copied from
 * another wallet or record), it is sealed under another key, or it is not a document of its kind.
 * The message names the object, never what it holds. Not retryable: the stored bytes are wrong.
 */
public final class StoredDataInvalidException extends TandemException {
  private static final long serialVersionUID = 1L;

  public StoredDataInvalidException(String message) {
    super(ErrorCode.STORED_DATA_INVALID, message);
  }

  public StoredDataInvalidException(String message, Throwable cause) {
    super(ErrorCode.STORED_DATA_INVALID, message, cause);
  }
}
