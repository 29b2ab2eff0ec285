package dev.tandem.domain.error;

/**
 * The stable, machine-readable codes of every Tandem error. Callers branch on these, so a code is
 * never renamed or reused for another meaning.
 */
public enum ErrorCode {
  WALLET_NOT_FOUND(false),
  BACKUP_NOT_FOUND(false),
  ENCRYPTION_KEY_NOT_FOUND(false),
  /** Wrong key, tampered, truncated, or made for another wallet or backup pair. */
  BACKUP_CIPHERTEXT_INVALID(false),
  PAIR_NOT_FOUND(false),
  PAIR_REVOKED(false),
  PAIR_INCOMPLETE(false),
  /**
   * The custodian's engine refused to release a signature of this pair (it failed its final
   * verification), as the client's engine reports it. The custodian's use cases answer such a
   * failure, and every later request on the wallet, with {@link #WALLET_FROZEN}.
   */
  PAIR_FROZEN(false),
  /**
   * A signature of the wallet failed the custodian's final verification once: the client may have
   * been probing the custodian's key share. The whole wallet (every pair, every backup) is frozen
   * for good: signing, backup, provisioning and recovery are refused.
   */
  WALLET_FROZEN(false),
  /**
   * The wallet has as many live signing pairs (incomplete or completed) as the custodian allows;
   * revoking a pair frees a slot.
   */
  PAIR_LIMIT_REACHED(false),
  /** Another modification of the same wallet is running; retry once it has finished. */
  OPERATION_IN_PROGRESS(true),
  /** A conditional write lost a race: the record was created or changed by someone else. */
  CONCURRENT_MODIFICATION(true),
  STATE_INVALID(false),
  /** The peer sent something the protocol does not allow; the error names the peer. */
  PROTOCOL_ABORTED(false),
  /** The storage backend did not answer in time or failed transiently. */
  STORAGE_UNAVAILABLE(true),
  /** The storage backend refused the request as configured (permissions, missing bucket or key). */
  STORAGE_MISCONFIGURED(false),
  /**
   * A stored record cannot be trusted: it fails authentication (tampered, or copied from another
   * wallet or record), is sealed under another key, or is not a document of its kind.
   */
  STORED_DATA_INVALID(false),
  INVALID_INPUT(false);

  private final boolean retryable;

  ErrorCode(boolean retryable) {
    this.retryable = retryable;
  }

  /** Whether the same request may succeed if sent again later, unchanged. */
  public boolean retryable() {
    return retryable;
  }
}
