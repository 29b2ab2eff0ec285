package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.adapter.objectstore.ObjectStoreSigningShareRepository;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.aws.wiring.AwsClientsModule;
import dev.tandem.adapter.aws.wiring.AwsTandemConfig;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.BackupEncryptionKey;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What retrying cannot fix is {@link StorageMisconfiguredException}, naming the bucket or the KMS
 * key and never a secret: credentials S3 refuses, a bucket that does not exist, a KMS key that does
 * not exist. (A disabled KMS key cannot be produced by the KMS fake; {@link AwsErrorsTest} maps the
 * SDK's {@code DisabledException}.)
 */
class StorageMisconfigurationTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(false);
  private static final String WRONG_SECRET = "not-the-credential-s3proxy-expects";

  @Test
  void wrongCredentials_areStorageMisconfigured_namingTheBucket_andNoSecret() {
    AwsTandemConfig config = AWS.configBuilder(BUCKET, AWS.kmsKeyId()).build();
    StaticCredentialsProvider wrong =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(LocalAws.IDENTITY, WRONG_SECRET));
    try (S3Client s3 = AwsClientsModule.s3Client(config, wrong)) {
      ObjectStoreSigningShareRepository repository =
          S3Repositories.signingShares(s3, AWS.kms(), config.storageSettings());

      StorageMisconfiguredException e =
          assertMisconfigured(
              () -> repository.find(WalletId.random(), SigningSharePairId.random()), BUCKET);
      assertFalse(e.getMessage().contains(WRONG_SECRET));
      assertFalse(e.getMessage().contains(LocalAws.CREDENTIAL));
      assertMisconfigured(
          () -> repository.create(TestRecords.signingRecord(WalletId.random(), SigningSharePairId.random())),
          BUCKET);
    }
  }

  @Test
  void unknownAccessKey_isStorageMisconfigured() {
    AwsTandemConfig config = AWS.configBuilder(BUCKET, AWS.kmsKeyId()).build();
    StaticCredentialsProvider stranger =
        StaticCredentialsProvider.create(AwsBasicCredentials.create("someone-else", WRONG_SECRET));
    try (S3Client s3 = AwsClientsModule.s3Client(config, stranger)) {
      ObjectStoreKeyStorage storage = S3Repositories.keyStorage(s3, AWS.kms(), config.storageSettings());

      assertMisconfigured(() -> storage.list(WalletId.random()), BUCKET);
    }
  }

  @Test
  void missingBucket_isStorageMisconfigured_namingTheBucket() {
    String missing = "no-such-bucket-" + System.nanoTime();
    ObjectStoreKeyStorage storage =
        S3Repositories.keyStorage(AWS.s3(), AWS.kms(), new AwsStorageSettings(missing, "", AWS.kmsKeyId()));

    assertMisconfigured(() -> storage.get(WalletId.random(), BackupKeyId.random()), missing);
    assertMisconfigured(() -> storage.list(WalletId.random()), missing);
    assertMisconfigured(
        () -> storage.create(WalletId.random(), BackupKeyId.random(),
            BackupEncryptionKey.generate(new SecureRandom())),
        missing);
  }

  @Test
  void missingKmsKey_isStorageMisconfigured_namingTheKey() {
    String missingKey = "arn:aws:kms:us-east-1:000000000000:key/no-such-key";
    ObjectStoreKeyStorage storage =
        S3Repositories.keyStorage(AWS.s3(), AWS.kms(), new AwsStorageSettings(BUCKET, "", missingKey));

    assertMisconfigured(
        () -> storage.create(WalletId.random(), BackupKeyId.random(),
            BackupEncryptionKey.generate(new SecureRandom())),
        missingKey);
  }

  private static StorageMisconfiguredException assertMisconfigured(Executable call, String named) {
    StorageMisconfiguredException e = assertThrows(StorageMisconfiguredException.class, call);
    assertEquals(ErrorCode.STORAGE_MISCONFIGURED, e.code());
    assertFalse(e.retryable());
    assertTrue(e.getMessage().contains(named), e.getMessage());
    assertTrue(e.getCause() != null, "the SDK exception is attached");
    return e;
  }
}
