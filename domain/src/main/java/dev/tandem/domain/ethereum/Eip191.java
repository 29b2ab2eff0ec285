package dev.tandem.domain.ethereum;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * EIP-191 version {@code 0x45} ("E"): the digest that {@code personal_sign} and {@code
 * eth_sign} sign, keccak256({@code "\x19Ethereum Signed Message:\n"} ‖ the message length in bytes,
 * in decimal ASCII ‖ the message). The prefix keeps a signed message from ever being a valid
 * signed transaction.
 */
public final class Eip191 {
  private static final byte[] PREFIX =
      "\u0019Ethereum Signed Message:\n".getBytes(StandardCharsets.US_ASCII);

  private Eip191() {}

  /** The 32-byte digest of the personal message {@code message}. */
  public static byte[] personalMessageDigest(byte[] message) {
    Objects.requireNonNull(message, "message");
    return new Keccak256()
        .update(PREFIX)
        .update(Integer.toString(message.length).getBytes(StandardCharsets.US_ASCII))
        .update(message)
        .digest();
  }

  /**
   * The 32-byte digest of {@code text} encoded as UTF-8; the length in the prefix counts bytes, not
   * characters.
   *
   * @throws IllegalArgumentException if {@code text} holds an unpaired surrogate, which has no UTF-8
   *     encoding
   */
  public static byte[] personalMessageDigest(String text) {
    Objects.requireNonNull(text, "text");
    return personalMessageDigest(Utf8.encode(text, "message"));
  }
}
