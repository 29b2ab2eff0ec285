package dev.tandem.domain.error;

/**
 * The storage backend refused the request as configured: access denied, missing bucket, disabled
 * key. The message names the bucket or key id, never a secret.
 */
public final class StorageMisconfiguredException extends TandemException {
  private static final long serialVersionUID = 1L;

  public StorageMisconfiguredException(String message, Throwable cause) {
    super(ErrorCode.STORAGE_MISCONFIGURED, message, cause);
  }
}
