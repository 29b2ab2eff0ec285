package dev.tandem.domain.ethereum;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 encoding of text that is about to be hashed and signed. */
final class Utf8 {
  private Utf8() {}

  /**
   * The UTF-8 bytes of {@code text}.
   *
   * <p>{@link String#getBytes} would silently turn an unpaired surrogate into {@code ?}, so the
   * signer would sign other bytes than the caller meant; this refuses instead, as ethers does.
   *
   * @param what names the text in the exception message
   * @throws IllegalArgumentException if {@code text} holds an unpaired surrogate
   */
  static byte[] encode(String text, String what) {
    try {
      var encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[encoded.remaining()];
      encoded.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          what + " is not valid Unicode text (it holds an unpaired surrogate)", e);
    }
  }
}
