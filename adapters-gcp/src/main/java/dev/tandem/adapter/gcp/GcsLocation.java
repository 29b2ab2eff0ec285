package dev.tandem.adapter.gcp;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the adapters keep their objects: one bucket and a prefix that every object name starts
 * with, so that several deployments (or Tandem and other data) can share a bucket.
 *
 * <p>The prefix is normalised to end with {@code /} unless it is empty; it may not start with
 * {@code /}, hold control characters or exceed {@value #MAX_PREFIX_BYTES} bytes of UTF-8 (an object
 * name is at most 1024 bytes, and the adapters append at most 300 bytes to the prefix).
 *
 * @param bucket the Cloud Storage bucket name
 * @param prefix the normalised object name prefix, empty or ending with {@code /}
 */
public record GcsLocation(String bucket, String prefix) {
  /** The longest prefix, in bytes of UTF-8. */
  public static final int MAX_PREFIX_BYTES = 512;

  /** Cloud Storage's bucket name rules, simplified: lower-case letters, digits, {@code - _ .}. */
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]");

  public GcsLocation {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(prefix, "prefix");
    if (!BUCKET.matcher(bucket).matches() || (!bucket.contains(".") && bucket.length() > 63)) {
      throw new IllegalArgumentException(
          "bucket must be a Cloud Storage bucket name (3 to 63 lower-case letters, digits, - _ .),"
              + " got " + bucket.length() + " characters");
    }
    if (prefix.startsWith("/") || prefix.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("prefix must not start with / nor hold control characters");
    }
    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
      prefix = prefix + "/";
    }
    if (prefix.getBytes(StandardCharsets.UTF_8).length > MAX_PREFIX_BYTES) {
      throw new IllegalArgumentException("prefix must be at most " + MAX_PREFIX_BYTES + " bytes");
    }
  }

  public static GcsLocation of(String bucket, String prefix) {
    return new GcsLocation(bucket, prefix);
  }

  /** A {@code gs://} URL of an object, for messages. */
  String url(String objectName) {
    return "gs://" + bucket + "/" + objectName;
  }
}
