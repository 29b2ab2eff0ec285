package dev.tandem.domain.error;

/**
 * The pair exists but its status forbids the operation: revoked or incomplete. ({@code
 * PAIR_FROZEN} is kept as a stable code that an older custodian may still send and is restored
 * here; a frozen key is now always reported as {@link WalletFrozenException}.)
 */
public final class PairUnusableException extends TandemException {
  private static final long serialVersionUID = 1L;

  private PairUnusableException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * Rebuilds the exception from its code and message as they crossed a wire; {@code code} must be
   * PAIR_REVOKED, PAIR_INCOMPLETE or PAIR_FROZEN.
   */
  public static PairUnusableException restore(ErrorCode code, String message) {
    switch (code) {
      case PAIR_REVOKED, PAIR_INCOMPLETE, PAIR_FROZEN -> {
        return new PairUnusableException(code, message);
      }
      default -> throw new IllegalArgumentException(code + " is not a pair-status code");
    }
  }

  public static PairUnusableException revoked(Object pairId) {
    return new PairUnusableException(ErrorCode.PAIR_REVOKED, "pair " + pairId + " is revoked");
  }

  public static PairUnusableException incomplete(Object pairId) {
    return new PairUnusableException(
        ErrorCode.PAIR_INCOMPLETE, "pair " + pairId + " was never confirmed by the client");
  }
}
