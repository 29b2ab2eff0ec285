package dev.tandem.adapter.gcp.wiring;

import dev.tandem.adapter.gcp.KeyEncryptionKey;
import dev.tandem.adapter.gcp.ModelGcsHttpServer;
import dev.tandem.domain.secret.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;

/** A model server and a config pointing the production wiring at it. */
final class HttpModelFixture {
  static final String BUCKET = "tandem-http-model";
  static final String PREFIX = "it/";

  private HttpModelFixture() {}

  static ModelGcsHttpServer startServer() {
    try {
      return ModelGcsHttpServer.start(BUCKET, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GcpTandemConfig.Builder config(ModelGcsHttpServer server) {
    byte[] kek = new byte[KeyEncryptionKey.LENGTH];
    new SecureRandom().nextBytes(kek);
    return GcpTandemConfig.builder()
        .projectId("tandem-test")
        .bucket(BUCKET)
        .prefix(PREFIX)
        .hostOverride(server.url())
        .keyEncryptionKey(KeyEncryptionKey.of("kek-test", SecretBytes.adopt(kek)))
        .maxAttempts(3)
        .requestTimeout(Duration.ofSeconds(5))
        .totalTimeout(Duration.ofSeconds(20));
  }
}
