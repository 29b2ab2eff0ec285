package dev.tandem.adapter.gcp;

/**
 * A stored object is not a valid document for the place it is stored at: malformed JSON, an
 * unknown format or type, ids that do not match its name, or a sealed secret that fails to open
 * (another key-encryption key, tampering, or an object copied from another record). Says why,
 * never what the object holds.
 */
final class UnreadableDocumentException extends Exception {
  private static final long serialVersionUID = 1L;

  UnreadableDocumentException(String message, Throwable cause) {
    super(message, cause);
  }
}
