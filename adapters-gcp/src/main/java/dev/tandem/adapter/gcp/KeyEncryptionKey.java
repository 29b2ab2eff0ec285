package dev.tandem.adapter.gcp;

import dev.tandem.domain.secret.SecretBytes;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The 256-bit AES key that wraps the per-object data keys of the Cloud Storage adapters. The
 * embedder supplies it (from Secret Manager, an environment variable, a KMS-decrypted file): it
 * never lives in the bucket it protects.
 *
 * <p>The {@link #id()} is a public label stored beside every wrapped key, so that a record sealed
 * under another key is reported as such rather than as tampering, and so that a later rotation can
 * tell old objects from new ones. Never a record: {@code toString} shows the id, not the key.
 */
public final class KeyEncryptionKey {
  public static final int LENGTH = 32;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private final String id;
  private final SecretBytes key;

  private KeyEncryptionKey(String id, SecretBytes key) {
    this.id = Objects.requireNonNull(id, "id");
    this.key = Objects.requireNonNull(key, "key");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a key-encryption key id is 1 to 64 letters, digits or . _ : -");
    }
    if (key.length() != LENGTH) {
      throw new IllegalArgumentException(
          "a key-encryption key is exactly " + LENGTH + " bytes, got " + key.length());
    }
  }

  /** Takes ownership of {@code key}: the caller must not destroy it while the adapters run. */
  public static KeyEncryptionKey of(String id, SecretBytes key) {
    return new KeyEncryptionKey(id, key);
  }

  /** From the standard Base64 encoding of 32 bytes, as kept in a secret manager or variable. */
  public static KeyEncryptionKey fromBase64(String id, String base64) {
    Objects.requireNonNull(base64, "base64");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key-encryption key is not Base64", e);
    }
    try {
      return new KeyEncryptionKey(id, SecretBytes.copyOf(bytes));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  public String id() {
    return id;
  }

  /** The key bytes' holder; reveal them only to build a cipher key, and wipe the copy. */
  SecretBytes secret() {
    return key;
  }

  @Override
  public String toString() {
    return "KeyEncryptionKey[id=" + id + ", key=redacted]";
  }
}
