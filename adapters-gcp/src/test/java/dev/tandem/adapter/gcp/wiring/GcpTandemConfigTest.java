package dev.tandem.adapter.gcp.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.gax.retrying.RetrySettings;
import com.google.cloud.NoCredentials;
import com.google.cloud.storage.StorageOptions;
import dev.tandem.adapter.gcp.GcsLocation;
import dev.tandem.adapter.gcp.KeyEncryptionKey;
import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.secret.SecretBytes;
import dev.tandem.mpc.EngineSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The configuration and the client built from it. */
class GcpTandemConfigTest {
  private static final KeyEncryptionKey KEK =
      KeyEncryptionKey.of("kek-1", SecretBytes.copyOf(new byte[32]));

  @Test
  void defaults_andNormalisedPrefix() {
    GcpTandemConfig config =
        GcpTandemConfig.builder().bucket("my-bucket").prefix("tandem/prod").keyEncryptionKey(KEK).build();

    assertEquals(GcsLocation.of("my-bucket", "tandem/prod/"), config.location());
    assertEquals("tandem/prod/", config.location().prefix());
    assertEquals(GcpTandemConfig.DEFAULT_MAX_ATTEMPTS, config.maxAttempts());
    assertEquals(GcpTandemConfig.DEFAULT_REQUEST_TIMEOUT, config.requestTimeout());
    assertEquals(GcpTandemConfig.DEFAULT_TOTAL_TIMEOUT, config.totalTimeout());
    assertTrue(config.projectId().isEmpty());
    assertTrue(config.hostOverride().isEmpty());
    assertEquals(Duration.ofMinutes(1), config.allowedClockSkew());
    assertEquals(
        new SessionWindow(config.sessionTimeout(), Duration.ofMinutes(1)), config.sessionWindow());
    GcpTandemConfig configured =
        GcpTandemConfig.builder()
            .bucket("my-bucket")
            .keyEncryptionKey(KEK)
            .sessionTimeout(Duration.ofMinutes(2))
            .allowedClockSkew(Duration.ofSeconds(5))
            .build();
    assertEquals(
        new SessionWindow(Duration.ofMinutes(2), Duration.ofSeconds(5)),
        configured.sessionWindow());
    assertTrue(configured.toString().contains("allowedClockSkew=PT5S"), configured.toString());
  }

  @Test
  void toString_redactsTheKeyEncryptionKey() {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) 0x5A);
    GcpTandemConfig config =
        GcpTandemConfig.builder()
            .bucket("my-bucket")
            .keyEncryptionKey(KeyEncryptionKey.of("kek-1", SecretBytes.copyOf(key)))
            .build();

    assertTrue(config.toString().contains("key=redacted"), config.toString());
    assertFalse(config.toString().contains("WlpaWlpa"), config.toString());
    assertFalse(config.toString().toLowerCase().contains("5a5a5a"), config.toString());
  }

  @Test
  void invalidSettings_areRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GcpTandemConfig.builder()
                .bucket("b-1")
                .keyEncryptionKey(KEK)
                .allowedClockSkew(Duration.ofSeconds(-1))
                .build());
    assertThrows(NullPointerException.class, () -> GcpTandemConfig.builder().bucket("b-1").build());
    assertThrows(
        NullPointerException.class, () -> GcpTandemConfig.builder().keyEncryptionKey(KEK).build());
    for (String bucket : new String[] {"UPPER", "ab", "-x-", "a b c", "x".repeat(64)}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> GcpTandemConfig.builder().bucket(bucket).keyEncryptionKey(KEK).build(),
          bucket);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> GcpTandemConfig.builder().bucket("b-1").prefix("/abs").keyEncryptionKey(KEK).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> GcpTandemConfig.builder().bucket("b-1").keyEncryptionKey(KEK).maxAttempts(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GcpTandemConfig.builder()
                .bucket("b-1")
                .keyEncryptionKey(KEK)
                .totalTimeout(Duration.ZERO)
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () -> GcpTandemConfig.builder().hostOverride(URI.create("localhost")));
  }

  @Test
  void componentSettings_defaultAsTheEmbeddedDeployment_andAreValidated() {
    GcpTandemConfig defaults =
        GcpTandemConfig.builder().bucket("b-1").keyEncryptionKey(KEK).build();
    assertEquals(EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS, defaults.paillierModulusBits());
    assertEquals(CosignSettings.DEFAULT.sessionTimeout(), defaults.sessionTimeout());
    assertEquals(
        CosignSettings.DEFAULT.sessionTimeout(), defaults.cosignSettings().sessionTimeout());
    assertEquals(
        CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET,
        defaults.cosignSettings().maxLivePairsPerWallet());
    assertEquals(java.time.ZoneOffset.UTC, defaults.clock().getZone());
    assertNotNull(defaults.random());

    Clock fixed = Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC);
    SecureRandom random = new SecureRandom();
    GcpTandemConfig configured =
        GcpTandemConfig.builder()
            .bucket("b-1")
            .keyEncryptionKey(KEK)
            .paillierModulusBits(EngineSettings.LARGE_PAILLIER_MODULUS_BITS)
            .sessionTimeout(Duration.ofSeconds(30))
            .maxLivePairsPerWallet(3)
            .clock(fixed)
            .random(random)
            .build();
    assertEquals(EngineSettings.LARGE_PAILLIER_MODULUS_BITS, configured.paillierModulusBits());
    assertEquals(Duration.ofSeconds(30), configured.cosignSettings().sessionTimeout());
    assertEquals(3, configured.cosignSettings().maxLivePairsPerWallet());
    assertSame(fixed, configured.clock());
    assertSame(random, configured.random());

    assertThrows(
        IllegalArgumentException.class,
        () ->
            GcpTandemConfig.builder()
                .bucket("b-1")
                .keyEncryptionKey(KEK)
                .paillierModulusBits(1024)
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GcpTandemConfig.builder()
                .bucket("b-1")
                .keyEncryptionKey(KEK)
                .sessionTimeout(Duration.ZERO)
                .build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            GcpTandemConfig.builder()
                .bucket("b-1")
                .keyEncryptionKey(KEK)
                .maxLivePairsPerWallet(0)
                .build());
  }

  @Test
  void client_usesTheConfiguredAttemptsAndTimeouts() {
    GcpTandemConfig config =
        GcpTandemConfig.builder()
            .projectId("p-1")
            .bucket("my-bucket")
            .keyEncryptionKey(KEK)
            .hostOverride(URI.create("http://127.0.0.1:9"))
            .maxAttempts(5)
            .requestTimeout(Duration.ofSeconds(3))
            .totalTimeout(Duration.ofSeconds(12))
            .build();

    StorageOptions options = GcpClientsModule.storageOptions(config);

    RetrySettings retry = options.getRetrySettings();
    assertEquals(5, retry.getMaxAttempts());
    assertEquals(Duration.ofSeconds(12), retry.getTotalTimeoutDuration());
    assertEquals(Duration.ofSeconds(3), retry.getMaxRpcTimeoutDuration());
    assertEquals("http://127.0.0.1:9", options.getHost());
    assertEquals("p-1", options.getProjectId());
    assertInstanceOf(NoCredentials.class, options.getCredentials());
  }

  @Test
  void retryDelays_neverExceedTheTotalTimeout() {
    GcpTandemConfig config =
        GcpTandemConfig.builder()
            .bucket("my-bucket")
            .keyEncryptionKey(KEK)
            .totalTimeout(Duration.ofMillis(100))
            .build();

    RetrySettings retry = GcpClientsModule.retrySettings(config);

    assertEquals(Duration.ofMillis(100), retry.getMaxRetryDelayDuration());
    assertEquals(Duration.ofMillis(100), retry.getInitialRetryDelayDuration());
  }

  @Test
  void withoutHostOverride_andWithoutCredentials_failsAtStartup_namingTheBucket() {
    Assumptions.assumeTrue(
        System.getenv("GOOGLE_APPLICATION_CREDENTIALS") == null,
        "GOOGLE_APPLICATION_CREDENTIALS is set: Application Default Credentials exist here");
    Assumptions.assumeFalse(
        Files.exists(
            Path.of(
                System.getProperty("user.home"),
                ".config/gcloud/application_default_credentials.json")),
        "gcloud application-default credentials exist here");
    Assumptions.assumeFalse(
        isGoogleComputeEngine(), "on Google Compute Engine the metadata server has credentials");
    GcpTandemConfig config =
        GcpTandemConfig.builder().bucket("my-bucket").keyEncryptionKey(KEK).projectId("p").build();

    StorageMisconfiguredException e =
        assertThrows(
            StorageMisconfiguredException.class, () -> GcpClientsModule.storageOptions(config));

    assertTrue(e.getMessage().contains("my-bucket"), e.getMessage());
  }

  private static boolean isGoogleComputeEngine() {
    try {
      return Files.readString(Path.of("/sys/class/dmi/id/product_name")).contains("Google");
    } catch (java.io.IOException | SecurityException e) {
      return false;
    }
  }
}
