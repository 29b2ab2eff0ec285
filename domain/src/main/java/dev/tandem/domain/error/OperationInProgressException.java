package dev.tandem.domain.error;

/** Another modification of the same wallet is running. Retryable once it finishes. */
public final class OperationInProgressException extends TandemException {
  private static final long serialVersionUID = 1L;

  public OperationInProgressException(Object walletId) {
    super(ErrorCode.OPERATION_IN_PROGRESS, "another operation is modifying wallet " + walletId);
  }
}
