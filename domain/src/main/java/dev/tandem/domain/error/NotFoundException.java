package dev.tandem.domain.error;

/** A wallet, pair, backup or encryption key that the request names does not exist. */
public final class NotFoundException extends TandemException {
  private static final long serialVersionUID = 1L;

  private NotFoundException(ErrorCode code, String message) {
    super(code, message);
  }

  /**
   * Rebuilds the exception from its code and message as they crossed a wire; {@code code} must be
   * one of the not-found codes.
   */
  public static NotFoundException restore(ErrorCode code, String message) {
    switch (code) {
      case WALLET_NOT_FOUND, BACKUP_NOT_FOUND, ENCRYPTION_KEY_NOT_FOUND, PAIR_NOT_FOUND -> {
        return new NotFoundException(code, message);
      }
      default -> throw new IllegalArgumentException(code + " is not a not-found code");
    }
  }

  public static NotFoundException wallet(Object walletId) {
    return new NotFoundException(ErrorCode.WALLET_NOT_FOUND, "no wallet " + walletId);
  }

  public static NotFoundException pair(Object walletId, Object pairId) {
    return new NotFoundException(
        ErrorCode.PAIR_NOT_FOUND, "no pair " + pairId + " in wallet " + walletId);
  }

  public static NotFoundException backup(Object walletId, Object what) {
    return new NotFoundException(
        ErrorCode.BACKUP_NOT_FOUND, "no backup " + what + " for wallet " + walletId);
  }

  public static NotFoundException encryptionKey(Object walletId, Object keyId) {
    return new NotFoundException(
        ErrorCode.ENCRYPTION_KEY_NOT_FOUND,
        "no backup encryption key " + keyId + " for wallet " + walletId);
  }
}
