package dev.tandem.domain.error;

/**
 * The wallet already has as many live signing pairs ({@code INCOMPLETE} or {@code COMPLETED}) as
 * the custodian allows, so no pair is provisioned. Revoking a pair frees a slot; recovery is never
 * refused for it (it revokes every other pair). Not retryable as is.
 */
public final class PairLimitReachedException extends TandemException {
  private static final long serialVersionUID = 1L;

  public PairLimitReachedException(Object walletId, int limit) {
    this(
        "wallet "
            + walletId
            + " already has "
            + limit
            + " live signing pairs, the most allowed; revoke a pair to free a slot");
  }

  private PairLimitReachedException(String message) {
    super(ErrorCode.PAIR_LIMIT_REACHED, message);
  }

  /** Rebuilds the exception from its message as it crossed a wire. */
  public static PairLimitReachedException restore(String message) {
    return new PairLimitReachedException(message);
  }
}
