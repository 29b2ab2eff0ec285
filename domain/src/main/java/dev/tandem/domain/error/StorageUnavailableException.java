package dev.tandem.domain.error;

/** The storage backend failed transiently (timeout, throttling, 5xx). Retryable. */
public final class StorageUnavailableException extends TandemException {
  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String message, Throwable cause) {
    super(ErrorCode.STORAGE_UNAVAILABLE, message, cause);
  }
}
