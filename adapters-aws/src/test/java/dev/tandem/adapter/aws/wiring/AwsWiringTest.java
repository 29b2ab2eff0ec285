package dev.tandem.adapter.aws.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.aws.LocalAws;
import dev.tandem.adapter.objectstore.ObjectStoreBackupShareRepository;
import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.adapter.objectstore.ObjectStoreSessionRegistry;
import dev.tandem.adapter.objectstore.ObjectStoreSigningShareRepository;
import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.mpc.EngineSettings;
import dev.tandem.wiring.TandemSettings;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** The Dagger modules wire the S3 adapters from an {@link AwsTandemConfig}, and validate it. */
class AwsWiringTest {
  private static final LocalAws AWS = LocalAws.shared();

  @Test
  void storageModules_bindThePortsToTheCoreOnS3_asSingletons() {
    String bucket = AWS.newBucket(false);
    AwsTandemConfig config = AWS.configBuilder(bucket, AWS.kmsKeyId()).keyPrefix("wired").build();
    AwsStorageTestComponent component = DaggerAwsStorageTestComponent.factory().create(config);
    try {
      assertInstanceOf(ObjectStoreKeyStorage.class, component.keyStorage());
      assertInstanceOf(ObjectStoreSigningShareRepository.class, component.signingShares());
      assertInstanceOf(ObjectStoreBackupShareRepository.class, component.backupShares());
      assertInstanceOf(ObjectStoreSessionRegistry.class, component.sessionRegistry());
      assertSame(component.sessionRegistry(), component.sessionRegistry());
      assertSame(component.keyStorage(), component.keyStorage());
      assertSame(component.s3(), component.s3());

      WalletId wallet = WalletId.random();
      BackupKeyId keyId = BackupKeyId.random();
      component.keyStorage().create(wallet, keyId, BackupEncryptionKey.generate(new SecureRandom()));

      assertEquals(List.of(keyId), component.keyStorage().list(wallet));
      assertEquals(
          1,
          AWS.s3()
              .listObjectsV2(b -> b.bucket(bucket).prefix("wired/backup-keys/" + wallet + "/"))
              .keyCount());
    } finally {
      component.s3().close();
      component.kms().close();
    }
  }

  @Test
  void credentialsModule_usesTheDefaultProviderChain() {
    AwsTandemConfig config = AWS.configBuilder("any-bucket", "any-key").build();
    DefaultCredentialsTestComponent component =
        DaggerDefaultCredentialsTestComponent.factory().create(config);
    try {
      // Building the chain resolves nothing; no credential is looked up by this test.
      assertInstanceOf(DefaultCredentialsProvider.class, component.credentials());
    } finally {
      component.s3().close();
      component.kms().close();
    }
  }

  @Test
  void config_hasExplicitDefaults_andNormalisesThePrefix() {
    AwsTandemConfig config = AwsTandemConfig.builder("eu-west-1", "my-bucket", "alias/tandem").keyPrefix("tandem").build();

    assertEquals("tandem/", config.keyPrefix());
    assertEquals("tandem/", config.storageSettings().keyPrefix());
    assertEquals(AwsTandemConfig.DEFAULT_API_CALL_TIMEOUT, config.apiCallTimeout());
    assertEquals(AwsTandemConfig.DEFAULT_API_CALL_ATTEMPT_TIMEOUT, config.apiCallAttemptTimeout());
    assertEquals(AwsTandemConfig.DEFAULT_CONNECTION_TIMEOUT, config.connectionTimeout());
    assertEquals(AwsTandemConfig.DEFAULT_MAX_ATTEMPTS, config.maxAttempts());
    assertTrue(config.s3Endpoint().isEmpty());
    assertEquals(EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS, config.paillierModulusBits());
    assertEquals(CosignSettings.DEFAULT.sessionTimeout(), config.sessionTimeout());
    assertEquals(CosignSettings.DEFAULT, config.cosignSettings());
    assertEquals(
        new SessionWindow(CosignSettings.DEFAULT.sessionTimeout(), Duration.ofMinutes(1)),
        config.sessionWindow());
    assertEquals(
        new SessionWindow(Duration.ofMinutes(2), Duration.ofSeconds(10)),
        AwsTandemConfig.builder("eu-west-1", "my-bucket", "k")
            .sessionTimeout(Duration.ofMinutes(2))
            .allowedClockSkew(Duration.ofSeconds(10))
            .build()
            .sessionWindow());
    assertEquals(
        new CosignSettings(Duration.ofMinutes(1)),
        AwsTandemConfig.builder("eu-west-1", "my-bucket", "k")
            .sessionTimeout(Duration.ofMinutes(1))
            .build()
            .cosignSettings());
    assertEquals(
        new CosignSettings(CosignSettings.DEFAULT.sessionTimeout()).withMaxLivePairsPerWallet(3),
        AwsTandemConfig.builder("eu-west-1", "my-bucket", "k")
            .maxLivePairsPerWallet(3)
            .build()
            .cosignSettings());
    assertEquals("", AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").build().keyPrefix());
  }

  @Test
  void config_refusesWhatCannotWork() {
    assertThrows(IllegalArgumentException.class, () -> AwsTandemConfig.builder("eu-west-1", "Bad_Bucket", "k").build());
    assertThrows(IllegalArgumentException.class, () -> AwsTandemConfig.builder("", "my-bucket", "k").build());
    assertThrows(IllegalArgumentException.class, () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", " ").build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").keyPrefix("/abs").build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").keyPrefix("a//b").build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").maxAttempts(0).build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").apiCallTimeout(Duration.ZERO).build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k")
            .apiCallAttemptTimeout(Duration.ofSeconds(60)).apiCallTimeout(Duration.ofSeconds(30)).build());
    assertThrows(NullPointerException.class,
        () -> new AwsTandemConfig("eu-west-1", "my-bucket", "", "k", null, java.util.Optional.<URI>empty(),
            false, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(1), 1, 1, TandemSettings.defaults()));
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").paillierModulusBits(1024).build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").sessionTimeout(Duration.ZERO).build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k")
            .allowedClockSkew(Duration.ofSeconds(-1)).build());
    assertThrows(NullPointerException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").allowedClockSkew(null).build());
    assertThrows(IllegalArgumentException.class,
        () -> AwsTandemConfig.builder("eu-west-1", "my-bucket", "k").maxLivePairsPerWallet(0).build());
  }
}
