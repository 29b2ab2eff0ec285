package dev.tandem.domain.ethereum;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * EIP-55 mixed-case checksum addresses: the i-th hex letter of an address is upper case when the
 * i-th nibble of keccak256(the lower-case hex, as ASCII) is 8 or more.
 *
 * <p>{@link dev.tandem.domain.model.EthereumAddress} is the value type to pass around; this class
 * holds the encoding rules so that EIP-712's {@code address} fields are parsed by the same code.
 */
public final class Eip55 {
  /** Bytes in an address. */
  public static final int ADDRESS_LENGTH = 20;

  private static final int HEX_DIGITS = 2 * ADDRESS_LENGTH;

  private Eip55() {}

  /** {@code 0x} followed by the 40 hex digits of {@code address} in their EIP-55 mixed case. */
  public static String checksummed(byte[] address) {
    requireAddressLength(address);
    String lowerCase = HexFormat.of().formatHex(address);
    byte[] hash = Keccak256.hash(lowerCase.getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder(2 + HEX_DIGITS).append("0x");
    for (int i = 0; i < HEX_DIGITS; i++) {
      char c = lowerCase.charAt(i);
      int nibble = (i % 2 == 0) ? (hash[i / 2] >>> 4) & 0xF : hash[i / 2] & 0xF;
      out.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  /**
   * Parses {@code 0x} followed by 40 hex digits. An all-lower-case or all-upper-case address carries
   * no checksum and is accepted as it is; a mixed-case one must match its EIP-55 checksum, which
   * catches most typing and copying mistakes.
   *
   * @return the 20 address bytes
   * @throws IllegalArgumentException naming what is wrong: the prefix, the length, a character that
   *     is not a hex digit, or a mixed-case checksum that does not match
   */
  public static byte[] parseAddress(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith("0x")) {
      throw new IllegalArgumentException("Ethereum address must start with 0x");
    }
    if (text.length() != 2 + HEX_DIGITS) {
      throw new IllegalArgumentException(
          "Ethereum address must be 0x followed by 40 hex digits (got "
              + (text.length() - 2)
              + " characters after 0x)");
    }
    boolean hasLowerCase = false;
    boolean hasUpperCase = false;
    for (int i = 2; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!HexStrings.isAsciiHexDigit(c)) {
        throw new IllegalArgumentException(
            "Ethereum address has a character that is not a hex digit at index " + i);
      }
      hasLowerCase |= c >= 'a' && c <= 'f';
      hasUpperCase |= c >= 'A' && c <= 'F';
    }
    byte[] address = HexFormat.of().parseHex(text, 2, text.length());
    if (hasLowerCase && hasUpperCase && !checksummed(address).equals(text)) {
      throw new IllegalArgumentException(
          "Ethereum address is mixed case but its EIP-55 checksum does not match");
    }
    return address;
  }

  private static void requireAddressLength(byte[] address) {
    Objects.requireNonNull(address, "address");
    if (address.length != ADDRESS_LENGTH) {
      throw new IllegalArgumentException(
          "an Ethereum address is " + ADDRESS_LENGTH + " bytes, got " + address.length);
    }
  }
}
