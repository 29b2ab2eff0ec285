package dev.tandem.domain.error;

/** Another modification of the same wallet is running. Retryable once it finishes. */
public final class OperationInProgressException extends TandemException {
  private static final long serialVersionUID = 1L;

  public OperationInProgressException(Object walletId) {
    this(ErrorCode.OPERATION_IN_PROGRESS, "another operation is modifying wallet " + walletId);
  }

  private OperationInProgressException(ErrorCode code, String message) {
    super(code, message);
  }

  /** Rebuilds the exception from its message as it crossed a wire. */
  public static OperationInProgressException restore(String message) {
    return new OperationInProgressException(ErrorCode.OPERATION_IN_PROGRESS, message);
  }
}
