package dev.tandem.application.internal;

/**
 * Bytes that do not have the structure a {@link BinaryReader} was asked to read: truncated, a
 * length out of its bounds, a string that is not UTF-8, trailing bytes. The message names what is
 * wrong, never the bytes. Each format turns it into its own error (the envelope into an abort
 * naming the sender, the backup ciphertext into its one invalid-ciphertext error).
 *
 * <p>Carries no stack trace: it is an expected answer to bad input, thrown and caught within one
 * parse.
 */
public final class BinaryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BinaryFormatException(String message) {
    super(message, null, false, false);
  }
}
