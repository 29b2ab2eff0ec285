package dev.tandem.domain.error;

import java.util.Objects;

/**
 * The one unchecked root of every error Tandem reports. Each carries a stable {@link ErrorCode}.
 *
 * <p>Messages name ids, sizes and operations, never secret values: shares, keys, nonces and
 * plaintexts must not reach a message, whatever the subtype.
 */
public class TandemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public TandemException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public TandemException(ErrorCode code, String message, Throwable cause) {
    super(Objects.requireNonNull(code, "code") + ": " + message, cause);
    this.code = code;
  }

  public final ErrorCode code() {
    return code;
  }

  /** Whether the same request may succeed if retried unchanged. */
  public final boolean retryable() {
    return code.retryable();
  }
}
