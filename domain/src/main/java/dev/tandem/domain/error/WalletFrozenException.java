package dev.tandem.domain.error;

/**
 * The wallet is frozen: a signature made with one of its pairs failed the custodian's final
 * verification, which is what a client probing the custodian's key share would cause. Every pair
 * and every backup of the wallet is refused for signing, backup, provisioning and recovery, for
 * good. Not retryable. The message names the wallet (and the pair whose signature failed, to the
 * session that caused it), never a value.
 */
public final class WalletFrozenException extends TandemException {
  private static final long serialVersionUID = 1L;

  /** A request refused because the wallet is frozen. */
  public WalletFrozenException(Object walletId) {
    this(
        "wallet "
            + walletId
            + " is frozen after a signature failed verification; signing, backup, provisioning"
            + " and recovery are refused");
  }

  private WalletFrozenException(String message) {
    super(ErrorCode.WALLET_FROZEN, message);
  }

  /**
   * The answer to the session whose signature failed its final verification and froze the wallet.
   */
  public static WalletFrozenException afterFailedSignature(Object walletId, Object pairId) {
    return new WalletFrozenException(
        "a signature with pair "
            + pairId
            + " failed its final verification: wallet "
            + walletId
            + " is frozen; signing, backup, provisioning and recovery are refused");
  }

  /** Rebuilds the exception from its message as it crossed a wire. */
  public static WalletFrozenException restore(String message) {
    return new WalletFrozenException(message);
  }
}
