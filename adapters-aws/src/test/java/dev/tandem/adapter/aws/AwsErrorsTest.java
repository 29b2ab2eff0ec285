package dev.tandem.adapter.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.objectstore.KeyUnwrapRefusedException;
import dev.tandem.adapter.objectstore.KeyWrapper;
import dev.tandem.adapter.objectstore.ModelKeyWrapper;
import dev.tandem.adapter.objectstore.ModelObjectStore;
import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.adapter.objectstore.PreconditionFailedException;
import dev.tandem.adapter.objectstore.StorageLayout;
import dev.tandem.adapter.objectstore.WrapContext;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.BackupEncryptionKey;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.IncorrectKeyException;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * How SDK failures map to domain errors, for the failures the local servers cannot produce
 * (throttling, 5xx, a disabled KMS key, KMS refusing a wrapped key, S3's 409
 * ConditionalRequestConflict). The exceptions are built as the SDK builds them from a service
 * answer, and thrown by one-method stand-ins for the clients.
 */
class AwsErrorsTest {
  private static final String BUCKET = "tandem-bucket";
  private static final String KEY_ID = "arn:aws:kms:eu-west-1:111122223333:key/abcd";

  @Test
  void s3Throttling_5xxAndTimeouts_areUnavailable() {
    assertUnavailable(AwsErrors.s3(s3(503, "SlowDown"), BUCKET, "reading"));
    assertUnavailable(AwsErrors.s3(s3(500, "InternalError"), BUCKET, "reading"));
    assertUnavailable(AwsErrors.s3(s3(400, "RequestTimeout"), BUCKET, "reading"));
    assertUnavailable(AwsErrors.s3(ApiCallTimeoutException.create(3000), BUCKET, "reading"));
    assertUnavailable(AwsErrors.s3(ApiCallAttemptTimeoutException.create(1000), BUCKET, "reading"));
    assertUnavailable(
        AwsErrors.s3(clientFailure(new ConnectException("Connection refused")), BUCKET, "reading"));
    assertUnavailable(
        AwsErrors.s3(clientFailure(new SocketTimeoutException("Read timed out")), BUCKET, "reading"));
  }

  @Test
  void s3Refusals_areMisconfigured_namingTheBucket() {
    assertMisconfigured(AwsErrors.s3(s3(403, "AccessDenied"), BUCKET, "reading"), BUCKET);
    assertMisconfigured(AwsErrors.s3(s3(404, "NoSuchBucket"), BUCKET, "reading"), BUCKET);
    assertMisconfigured(AwsErrors.s3(s3(301, "PermanentRedirect"), BUCKET, "reading"), BUCKET);
    assertMisconfigured(
        AwsErrors.s3(
            SdkClientException.create("Unable to load credentials from any of the providers"),
            BUCKET,
            "reading"),
        BUCKET);
  }

  @Test
  void kmsThrottlingAndOutages_areUnavailable() {
    assertUnavailable(AwsErrors.kms(kms(400, "ThrottlingException"), KEY_ID, "wrapping"));
    assertUnavailable(AwsErrors.kms(kms(500, "KMSInternalException"), KEY_ID, "wrapping"));
    assertUnavailable(AwsErrors.kms(kms(500, "KeyUnavailableException"), KEY_ID, "wrapping"));
    assertUnavailable(AwsErrors.kms(kms(500, "DependencyTimeoutException"), KEY_ID, "wrapping"));
  }

  @Test
  void kmsKeyDisabledMissingOrRefused_isMisconfigured_namingTheKey() {
    SdkException disabled =
        DisabledException.builder().statusCode(400).awsErrorDetails(details("DisabledException")).build();
    SdkException missing =
        NotFoundException.builder().statusCode(400).awsErrorDetails(details("NotFoundException")).build();
    SdkException pendingDeletion =
        KmsInvalidStateException.builder()
            .statusCode(400)
            .awsErrorDetails(details("KMSInvalidStateException"))
            .build();

    assertMisconfigured(AwsErrors.kms(disabled, KEY_ID, "wrapping"), KEY_ID);
    assertMisconfigured(AwsErrors.kms(missing, KEY_ID, "wrapping"), KEY_ID);
    assertMisconfigured(AwsErrors.kms(pendingDeletion, KEY_ID, "wrapping"), KEY_ID);
    assertMisconfigured(AwsErrors.kms(kms(400, "AccessDeniedException"), KEY_ID, "wrapping"), KEY_ID);
    assertMisconfigured(AwsErrors.kms(kms(400, "UnrecognizedClientException"), KEY_ID, "wrapping"), KEY_ID);
  }

  @Test
  void conditionalRequestConflict409_isAFailedCondition() {
    S3Exception conflict = s3(409, "ConditionalRequestConflict");
    S3ObjectStore store = new S3ObjectStore(failingPuts(conflict), BUCKET);

    PreconditionFailedException onCreate =
        assertThrows(PreconditionFailedException.class, () -> store.createIfAbsent("k", new byte[1]));
    PreconditionFailedException onReplace =
        assertThrows(
            PreconditionFailedException.class,
            () -> store.replaceIfVersion("k", new byte[1], "\"e\""));

    assertSame(conflict, onCreate.getCause());
    assertSame(conflict, onReplace.getCause());
  }

  @Test
  void preconditionFailed412_andNoSuchKeyOnIfMatch_areFailedConditions() {
    S3Exception failed = s3(412, "PreconditionFailed");
    S3Exception noSuchKey = s3(404, "NoSuchKey");

    assertSame(
        failed,
        assertThrows(
                PreconditionFailedException.class,
                () -> new S3ObjectStore(failingPuts(failed), BUCKET).createIfAbsent("k", new byte[1]))
            .getCause());
    assertSame(
        noSuchKey,
        assertThrows(
                PreconditionFailedException.class,
                () ->
                    new S3ObjectStore(failingPuts(noSuchKey), BUCKET)
                        .replaceIfVersion("k", new byte[1], "\"e\""))
            .getCause());
  }

  @Test
  void other409_isNotAWriteConflict() {
    S3ObjectStore store = new S3ObjectStore(failingPuts(s3(409, "OperationAborted")), BUCKET);

    assertThrows(StorageMisconfiguredException.class, () -> store.createIfAbsent("k", new byte[1]));
  }

  @Test
  void throttledPut_isUnavailable_notAConflict() {
    S3ObjectStore store = new S3ObjectStore(failingPuts(s3(503, "SlowDown")), BUCKET);

    assertThrows(StorageUnavailableException.class, () -> store.createIfAbsent("k", new byte[1]));
  }

  @Test
  void kmsRefusingAWrappedKey_isAnIntegrityFailure_asAFailedTagIs() {
    // What real KMS answers when the encryption context differs from the one the key was wrapped
    // under (an object moved to another wallet or record), or the wrapped key was altered. The KMS
    // fake never answers this: it ignores the context.
    SdkException refused =
        InvalidCiphertextException.builder()
            .statusCode(400)
            .awsErrorDetails(details("InvalidCiphertextException"))
            .build();
    KmsKeyWrapper wrapper = new KmsKeyWrapper(failingDecrypts(refused), KEY_ID);

    KeyUnwrapRefusedException unwrap =
        assertThrows(
            KeyUnwrapRefusedException.class,
            () -> wrapper.unwrap(new byte[8], WrapContext.of("w", "key-1")));
    assertSame(refused, unwrap.getCause());

    // Through the core: an object sealed for this record, whose data key KMS refuses to unwrap.
    ModelObjectStore bucket = new ModelObjectStore(false);
    StorageLayout layout = StorageLayout.aws("");
    WalletId wallet = WalletId.random();
    BackupKeyId keyId = BackupKeyId.of("key-1");
    new ObjectStoreKeyStorage(bucket, new ModelKeyWrapper("k"), layout, new SecureRandom())
        .create(wallet, keyId, BackupEncryptionKey.generate(new SecureRandom()));
    StoredDataInvalidException e =
        assertThrows(
            StoredDataInvalidException.class,
            () -> storage(bucket, wrapper, layout).get(wallet, keyId));

    assertTrue(e.getMessage().contains("failed authentication"), e.getMessage());
    assertTrue(e.getMessage().contains(bucket.url("backup-keys/")), e.getMessage());
    assertSame(refused, e.getCause().getCause());
  }

  private static ObjectStoreKeyStorage storage(
      ModelObjectStore bucket, KeyWrapper wrapper, StorageLayout layout) {
    return new ObjectStoreKeyStorage(bucket, wrapper, layout, new SecureRandom());
  }

  @Test
  void kmsKeyOtherThanTheOneThatWrapped_isMisconfigured_namingTheKey() {
    SdkException incorrect =
        IncorrectKeyException.builder()
            .statusCode(400)
            .awsErrorDetails(details("IncorrectKeyException"))
            .build();
    KmsKeyWrapper wrapper = new KmsKeyWrapper(failingDecrypts(incorrect), KEY_ID);

    StorageMisconfiguredException e =
        assertThrows(
            StorageMisconfiguredException.class,
            () -> wrapper.unwrap(new byte[8], WrapContext.of("w", "key-1")));

    assertTrue(e.getMessage().contains(KEY_ID), e.getMessage());
    assertSame(incorrect, e.getCause());
  }

  /** A KMS client whose every Decrypt fails as given. */
  private static KmsClient failingDecrypts(SdkException failure) {
    return new KmsClient() {
      @Override
      public DecryptResponse decrypt(DecryptRequest request) {
        throw failure;
      }

      @Override
      public String serviceName() {
        return "kms";
      }

      @Override
      public void close() {}
    };
  }

  /** An S3 client whose every PutObject fails as given: the one S3 call these tests make. */
  private static S3Client failingPuts(SdkException failure) {
    return new S3Client() {
      @Override
      public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
        throw failure;
      }

      @Override
      public String serviceName() {
        return "s3";
      }

      @Override
      public void close() {}
    };
  }

  private static S3Exception s3(int status, String code) {
    return (S3Exception)
        S3Exception.builder().statusCode(status).awsErrorDetails(details(code)).message(code).build();
  }

  private static KmsException kms(int status, String code) {
    return (KmsException)
        KmsException.builder().statusCode(status).awsErrorDetails(details(code)).message(code).build();
  }

  private static AwsErrorDetails details(String code) {
    return AwsErrorDetails.builder().errorCode(code).errorMessage(code).build();
  }

  private static SdkClientException clientFailure(Exception cause) {
    return SdkClientException.builder().message("Unable to execute HTTP request").cause(cause).build();
  }

  private static void assertUnavailable(TandemException e) {
    StorageUnavailableException unavailable = assertInstanceOf(StorageUnavailableException.class, e);
    assertTrue(unavailable.retryable());
    assertTrue(unavailable.getCause() instanceof SdkException);
  }

  private static void assertMisconfigured(TandemException e, String named) {
    StorageMisconfiguredException misconfigured =
        assertInstanceOf(StorageMisconfiguredException.class, e);
    assertTrue(misconfigured.getMessage().contains(named), misconfigured.getMessage());
    assertTrue(misconfigured.getCause() instanceof SdkException);
    assertEquals(false, misconfigured.retryable());
  }
}
