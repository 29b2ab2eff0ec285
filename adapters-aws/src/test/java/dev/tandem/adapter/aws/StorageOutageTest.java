package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.adapter.objectstore.ObjectStoreSigningShareRepository;
import dev.tandem.adapter.objectstore.ObjectStoreWalletFreezeRepository;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.aws.wiring.AwsTandemConfig;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.secret.BackupEncryptionKey;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A storage outage surfaces as {@link StorageUnavailableException} (retryable) within the
 * configured call timeout, never as a hang: a server stopped mid-test (connections refused), a
 * server that accepts connections and never answers (timeouts), and KMS stopped mid-test.
 */
class StorageOutageTest {
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
  /** Well above the configured call timeout: only a hang or an ignored timeout gets near it. */
  private static final Duration UPPER_BOUND = Duration.ofSeconds(15);

  @Test
  void s3StoppedMidTest_isStorageUnavailable_withinTheCallTimeout() throws Exception {
    try (LocalAws own = LocalAws.start()) {
      AwsTandemConfig config = shortTimeouts(own.configBuilder(own.newBucket(false), own.kmsKeyId()));
      try (LocalAws.Clients clients = own.clients(config)) {
        ObjectStoreSigningShareRepository repository =
            S3Repositories.signingShares(clients.s3(), clients.kms(), config.storageSettings());
        WalletId wallet = WalletId.random();
        SigningSharePairId pair = SigningSharePairId.random();
        repository.create(TestRecords.signingRecord(wallet, pair));

        ObjectStoreWalletFreezeRepository freezes =
            S3Repositories.freezes(clients.s3(), config.storageSettings());

        own.stopS3();

        assertUnavailableWithinBound(() -> repository.find(wallet, pair));
        assertUnavailableWithinBound(
            () -> repository.create(TestRecords.signingRecord(wallet, SigningSharePairId.random())));
        assertUnavailableWithinBound(() -> freezes.find(wallet));
        assertUnavailableWithinBound(
            () -> freezes.createIfAbsent(new WalletFreeze(wallet, pair, Instant.now())));
      }
    }
  }

  @Test
  void s3ThatNeverAnswers_isStorageUnavailable_afterTheConfiguredTimeouts() throws Exception {
    try (LocalAws own = LocalAws.start();
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      // Connections complete in the listen backlog; no request is ever read or answered.
      AwsTandemConfig config =
          shortTimeouts(
              own.configBuilder("silent-bucket", own.kmsKeyId())
                  .s3Endpoint(URI.create("http://127.0.0.1:" + silent.getLocalPort())));
      try (LocalAws.Clients clients = own.clients(config)) {
        ObjectStoreSigningShareRepository repository =
            S3Repositories.signingShares(clients.s3(), clients.kms(), config.storageSettings());

        Duration elapsed =
            assertUnavailableWithinBound(
                () -> repository.find(WalletId.random(), SigningSharePairId.random()));

        assertTrue(
            elapsed.compareTo(config.apiCallAttemptTimeout()) >= 0,
            "gave up after " + elapsed + ", before a single attempt could time out");
      }
    }
  }

  @Test
  void kmsStoppedMidTest_isStorageUnavailable_withinTheCallTimeout() throws Exception {
    try (LocalAws own = LocalAws.start()) {
      AwsTandemConfig config = shortTimeouts(own.configBuilder(own.newBucket(false), own.kmsKeyId()));
      try (LocalAws.Clients clients = own.clients(config)) {
        ObjectStoreKeyStorage storage = S3Repositories.keyStorage(clients.s3(), clients.kms(), config.storageSettings());
        WalletId wallet = WalletId.random();
        BackupKeyId stored = BackupKeyId.random();
        storage.create(wallet, stored, BackupEncryptionKey.generate(new SecureRandom()));

        own.stopKms();

        assertUnavailableWithinBound(() -> storage.get(wallet, stored));
        assertUnavailableWithinBound(
            () ->
                storage.create(
                    wallet, BackupKeyId.random(), BackupEncryptionKey.generate(new SecureRandom())));
      }
    }
  }

  private static AwsTandemConfig shortTimeouts(AwsTandemConfig.Builder builder) {
    return builder
        .connectionTimeout(Duration.ofMillis(500))
        .socketTimeout(Duration.ofSeconds(1))
        .apiCallAttemptTimeout(Duration.ofSeconds(1))
        .apiCallTimeout(CALL_TIMEOUT)
        .maxAttempts(3)
        .build();
  }

  private static Duration assertUnavailableWithinBound(Executable call) {
    long start = System.nanoTime();
    StorageUnavailableException e = assertThrows(StorageUnavailableException.class, call);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, e.code());
    assertTrue(e.retryable());
    assertTrue(e.getCause() != null, "the SDK exception is attached");
    assertTrue(
        elapsed.compareTo(UPPER_BOUND) < 0,
        "took " + elapsed + " with a call timeout of " + CALL_TIMEOUT);
    return elapsed;
  }
}
