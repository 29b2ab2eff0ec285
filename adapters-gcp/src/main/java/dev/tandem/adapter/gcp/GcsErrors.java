package dev.tandem.adapter.gcp;

import com.google.cloud.BaseServiceException;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.TandemException;

/**
 * Maps the SDK's errors to the domain's, with the SDK exception attached as the cause.
 *
 * <ul>
 *   <li>No HTTP answer (code 0: timeout, connection refused or reset), 408, 429, every 5xx, a 403
 *       that the SDK deems retryable (the older rate-limit answer), and whatever else the SDK deems
 *       retryable: {@link StorageUnavailableException}. The client
 *       has already retried these within the configured attempts and total timeout.
 *   <li>401, 403 (credentials, roles), 404 at a place where only a missing bucket answers 404, and
 *       every other 4xx: {@link StorageMisconfiguredException}, naming the bucket. Sending the
 *       same request again cannot succeed before someone changes the configuration.
 * </ul>
 *
 * <p>412 never reaches this class: the conditional calls turn it into {@link
 * GenerationMismatchException} first.
 */
final class GcsErrors {
  static final int PRECONDITION_FAILED = 412;
  static final int NOT_FOUND = 404;

  private GcsErrors() {}

  static TandemException translate(
      BaseServiceException e, GcsLocation location, String operation, String name) {
    int code = e.getCode();
    String where = operation + " " + location.url(name);
    if (code == 403 && e.isRetryable()) {
      return new StorageUnavailableException(
          "Cloud Storage throttled " + where + " (HTTP 403, rate limit)", e);
    }
    if (code == 401 || code == 403) {
      return new StorageMisconfiguredException(
          "access denied to bucket " + location.bucket() + " (HTTP " + code + ") on " + where
              + ": check the credentials and their roles on the bucket",
          e);
    }
    if (code == NOT_FOUND) {
      return new StorageMisconfiguredException(
          "bucket " + location.bucket() + " does not exist or is not visible (HTTP 404) on "
              + where,
          e);
    }
    if (isTransient(e)) {
      return new StorageUnavailableException(
          "Cloud Storage did not complete " + where + " (" + describe(code) + ")", e);
    }
    return new StorageMisconfiguredException(
        "Cloud Storage refused " + where + " in bucket " + location.bucket() + " (HTTP " + code
            + ")",
        e);
  }

  static boolean isTransient(BaseServiceException e) {
    int code = e.getCode();
    return code == 0 || code == 408 || code == 429 || code >= 500 || e.isRetryable();
  }

  private static String describe(int code) {
    return code == 0 ? "no answer: timeout or connection failure" : "HTTP " + code;
  }
}
