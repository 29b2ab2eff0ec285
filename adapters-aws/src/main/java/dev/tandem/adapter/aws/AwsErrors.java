package dev.tandem.adapter.aws;

import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.TandemException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Turns what the AWS SDK throws into the domain's storage errors, with the SDK exception as the
 * cause. Messages name the operation, the bucket or KMS key id and the service's error code; never
 * a request body.
 *
 * <p>Transient (retryable): throttling, any 5xx, request timeouts, the SDK's own call and attempt
 * timeouts, and failures to connect or to read an answer. Everything else the services refuse
 * (403, 404 NoSuchBucket, a disabled or missing KMS key, a bad request) is a configuration problem
 * that retrying will not fix.
 */
final class AwsErrors {
  /** Error codes that mean "try again later" even when the status code does not say so. */
  private static final Set<String> TRANSIENT_ERROR_CODES =
      Set.of(
          "RequestTimeout",
          "SlowDown",
          "Throttling",
          "ThrottlingException",
          "RequestLimitExceeded",
          "TooManyRequestsException",
          "InternalError",
          "ServiceUnavailable",
          "KeyUnavailableException",
          "DependencyTimeoutException",
          "KMSInternalException",
          "KMSInternal");

  private AwsErrors() {}

  /** An S3 failure, naming the bucket and what was being done. */
  static TandemException s3(SdkException e, String bucket, String operation) {
    return classified(e, operation + " in bucket " + bucket + " failed: " + describe(e));
  }

  /** A KMS failure, naming the key id and what was being done. */
  static TandemException kms(SdkException e, String keyId, String operation) {
    return classified(e, operation + " with KMS key " + keyId + " failed: " + describe(e));
  }

  /** Unavailable if the failure is transient, misconfigured otherwise, with this message. */
  static TandemException classified(SdkException e, String message) {
    return isTransient(e)
        ? new StorageUnavailableException(message, e)
        : new StorageMisconfiguredException(message, e);
  }

  /** The status and error code of a service answer, or the kind of client-side failure. */
  static String describe(SdkException e) {
    if (e instanceof SdkServiceException service) {
      return "HTTP " + service.statusCode() + " " + errorCode(e);
    }
    Throwable io = ioCause(e);
    return e.getClass().getSimpleName()
        + (io == null ? "" : " (" + io.getClass().getSimpleName() + ")");
  }

  /** The service's error code ({@code NoSuchKey}, {@code PreconditionFailed}, ...), or "". */
  static String errorCode(SdkException e) {
    if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      String code = aws.awsErrorDetails().errorCode();
      return code == null ? "" : code;
    }
    return "";
  }

  /** The HTTP status of a service answer, or 0 when no answer came. */
  static int statusCode(SdkException e) {
    return e instanceof SdkServiceException service ? service.statusCode() : 0;
  }

  static boolean isTransient(SdkException e) {
    if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
      return true;
    }
    if (e instanceof SdkServiceException service) {
      int status = service.statusCode();
      return service.isThrottlingException()
          || status >= 500
          || status == 408
          || status == 429
          || TRANSIENT_ERROR_CODES.contains(errorCode(e));
    }
    if (ioCause(e) != null) {
      return true;
    }
    // A client-side failure with no I/O behind it: missing credentials are configuration, the rest
    // (an interrupted call, an answer the SDK could not read) may well pass on a retry.
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return !text.contains("credentials");
  }

  private static Throwable ioCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
