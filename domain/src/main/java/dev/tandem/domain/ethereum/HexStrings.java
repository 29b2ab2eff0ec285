package dev.tandem.domain.ethereum;

import java.util.HexFormat;

/** The {@code 0x}-prefixed hex that Ethereum's JSON uses for bytes. */
final class HexStrings {
  private static final HexFormat LOWER_CASE = HexFormat.of();

  private HexStrings() {}

  /** {@code 0x} followed by two lower-case hex digits per byte. */
  static String toHex0x(byte[] bytes) {
    return "0x" + LOWER_CASE.formatHex(bytes);
  }

  /**
   * Parses {@code 0x} followed by an even number of hex digits of either case ({@code "0x"} alone is
   * the empty byte string).
   *
   * @param what names the value in the exception message, which never repeats the value itself
   * @throws IllegalArgumentException if {@code text} is not of that form
   */
  static byte[] parseHex0x(String text, String what) {
    if (!text.startsWith("0x")) {
      throw new IllegalArgumentException(what + " must be hex starting with 0x");
    }
    int digits = text.length() - 2;
    if (digits % 2 != 0) {
      throw new IllegalArgumentException(
          what + " has an odd number of hex digits (" + digits + ")");
    }
    for (int i = 2; i < text.length(); i++) {
      if (!isAsciiHexDigit(text.charAt(i))) {
        throw new IllegalArgumentException(
            what + " has a character that is not a hex digit at index " + i);
      }
    }
    return LOWER_CASE.parseHex(text, 2, text.length());
  }

  /** Whether {@code c} is one of {@code 0-9 a-f A-F} (and not some other script's digit). */
  static boolean isAsciiHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
