package dev.tandem.domain.port;

import java.util.Objects;

/**
 * The version of a stored record as its storage knows it (an S3 ETag, a Cloud Storage generation,
 * an in-memory counter). Opaque: only compared for equality, in conditional writes.
 */
public record Version(String token) {
  public Version {
    Objects.requireNonNull(token, "token");
    if (token.isEmpty()) {
      throw new IllegalArgumentException("a version token is never empty");
    }
  }
}
