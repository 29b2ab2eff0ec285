package dev.tandem.domain.model;

import dev.tandem.domain.error.InvalidInputException;
import java.util.UUID;
import java.util.regex.Pattern;

/** The one rule every id follows, so that every storage backend can use an id as a path segment. */
final class Identifiers {
  /**
   * Letters, digits and {@code . _ ~ : -}, 1 to 128 characters, not made of dots only: safe in an
   * S3 key, a Cloud Storage object name and a URL path segment without escaping.
   */
  private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9._~:-]{1,128}");

  private static final Pattern DOTS_ONLY = Pattern.compile("\\.+");

  private Identifiers() {}

  static String requireLegal(String value, String kind) {
    if (value == null) {
      throw new InvalidInputException(kind + " must not be null");
    }
    if (!LEGAL.matcher(value).matches() || DOTS_ONLY.matcher(value).matches()) {
      throw new InvalidInputException(
          kind
              + " must be 1 to 128 characters of letters, digits and . _ ~ : - (got "
              + value.length()
              + " characters)");
    }
    return value;
  }

  static String random() {
    return UUID.randomUUID().toString();
  }
}
