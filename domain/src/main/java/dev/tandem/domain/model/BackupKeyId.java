package dev.tandem.domain.model;

/**
 * One backup encryption key in the user's key storage. A key gets a fresh id each time it is made,
 * so that rotating the key never overwrites the key an older ciphertext still needs.
 */
public record BackupKeyId(String value) {
  public BackupKeyId {
    Identifiers.requireLegal(value, "backup key id");
  }

  public static BackupKeyId of(String value) {
    return new BackupKeyId(value);
  }

  /** A fresh random id (a UUID). */
  public static BackupKeyId random() {
    return new BackupKeyId(Identifiers.random());
  }

  @Override
  public String toString() {
    return value;
  }
}
