package dev.tandem.domain.error;

/**
 * A client backup share ciphertext cannot be opened: wrong key, tampered or truncated bytes, an
 * unknown format, or a ciphertext made for another wallet or backup pair. Deliberately does not
 * say which, so the error is no decryption oracle.
 */
public final class BackupCiphertextInvalidException extends TandemException {
  private static final long serialVersionUID = 1L;

  public BackupCiphertextInvalidException(String message) {
    super(ErrorCode.BACKUP_CIPHERTEXT_INVALID, message);
  }

  public BackupCiphertextInvalidException(String message, Throwable cause) {
    super(ErrorCode.BACKUP_CIPHERTEXT_INVALID, message, cause);
  }
}
