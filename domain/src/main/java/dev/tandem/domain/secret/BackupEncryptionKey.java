package dev.tandem.domain.secret;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The 256-bit AES key that encrypts a client backup share. It lives in the user's cloud storage
 * ({@code KeyStoragePort}); the ciphertext lives with the caller; the two never meet at rest.
 */
public final class BackupEncryptionKey {
  public static final int LENGTH = 32;

  private final SecretBytes key;

  private BackupEncryptionKey(SecretBytes key) {
    if (key.length() != LENGTH) {
      throw new IllegalArgumentException("a backup encryption key is exactly 32 bytes");
    }
    this.key = key;
  }

  public static BackupEncryptionKey generate(SecureRandom random) {
    byte[] bytes = new byte[LENGTH];
    random.nextBytes(bytes);
    return new BackupEncryptionKey(SecretBytes.adopt(bytes));
  }

  public static BackupEncryptionKey of(SecretBytes key) {
    return new BackupEncryptionKey(Objects.requireNonNull(key, "key"));
  }

  public SecretBytes secret() {
    return key;
  }

  public void destroy() {
    key.destroy();
  }

  @Override
  public String toString() {
    return "BackupEncryptionKey[redacted]";
  }
}
