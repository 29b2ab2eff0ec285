package dev.tandem.adapter.gcp;

import dev.tandem.domain.secret.SecretBytes;
import java.security.SecureRandom;

/** Values the GCS adapter tests share. */
final class GcsTestFixtures {
  static final SecureRandom RANDOM = new SecureRandom();
  static final String BUCKET = "tandem-test-bucket";
  static final GcsLocation LOCATION = GcsLocation.of(BUCKET, "tests/tandem");

  private GcsTestFixtures() {}

  static KeyEncryptionKey newKek(String id) {
    byte[] key = new byte[KeyEncryptionKey.LENGTH];
    RANDOM.nextBytes(key);
    return KeyEncryptionKey.of(id, SecretBytes.adopt(key));
  }
}
