package dev.tandem.adapter.aws;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the S3 adapters keep their objects and which KMS key wraps their data keys. Nothing here
 * is secret: a bucket name, a key prefix and a KMS key id (or ARN, or alias).
 *
 * @param bucket the S3 bucket (3 to 63 lower-case letters, digits, dots and hyphens)
 * @param keyPrefix prepended to every object key; empty, or made to end with {@code /}
 * @param kmsKeyId the KMS key that wraps every data key: a key id, key ARN, alias name or alias ARN
 */
public record AwsStorageSettings(String bucket, String keyPrefix, String kmsKeyId) {
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._~:/-]{0,256}");
  private static final int MAX_KMS_KEY_ID_LENGTH = 2048;

  public AwsStorageSettings {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    Objects.requireNonNull(kmsKeyId, "kmsKeyId");
    if (!BUCKET.matcher(bucket).matches()) {
      throw new IllegalArgumentException(
          "bucket must be 3 to 63 lower-case letters, digits, dots and hyphens: " + bucket);
    }
    if (!PREFIX.matcher(keyPrefix).matches() || keyPrefix.startsWith("/")
        || keyPrefix.contains("//")) {
      throw new IllegalArgumentException(
          "key prefix must be at most 256 letters, digits and . _ ~ : - /, not start with / nor"
              + " hold //: " + keyPrefix);
    }
    if (!keyPrefix.isEmpty() && !keyPrefix.endsWith("/")) {
      keyPrefix = keyPrefix + "/";
    }
    if (kmsKeyId.isBlank() || kmsKeyId.length() > MAX_KMS_KEY_ID_LENGTH) {
      throw new IllegalArgumentException("KMS key id must be 1 to 2048 characters");
    }
  }
}
