package dev.tandem.domain.model;

import java.math.BigInteger;
import java.util.HexFormat;

/** Small byte helpers the model's value types share. */
final class Bytes {
  private static final HexFormat HEX = HexFormat.of();

  private Bytes() {}

  static String toHex0x(byte[] bytes) {
    return "0x" + HEX.formatHex(bytes);
  }

  /** Parses {@code 0x}-prefixed (or bare) hex; throws IllegalArgumentException when malformed. */
  static byte[] fromHex(String hex) {
    String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    return HEX.parseHex(digits);
  }

  /** The big-endian unsigned encoding of {@code value} in exactly {@code length} bytes. */
  static byte[] unsignedFixed(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    if (raw.length == length) {
      return raw;
    }
    byte[] out = new byte[length];
    if (raw.length == length + 1 && raw[0] == 0) {
      System.arraycopy(raw, 1, out, 0, length);
    } else if (raw.length < length) {
      System.arraycopy(raw, 0, out, length - raw.length, raw.length);
    } else {
      throw new IllegalArgumentException("value does not fit in " + length + " bytes");
    }
    return out;
  }
}
