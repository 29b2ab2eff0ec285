package dev.tandem.mpc.internal.encoding;

import java.security.GeneralSecurityException;

/**
 * Bytes received from a peer do not follow the canonical encoding of PROTOCOL.md §1: truncated,
 * trailing, non-minimal, oversized or out-of-range input, or an invalid point.
 *
 * <p>Messages name the field and sizes only, never the value that was read.
 */
public final class MalformedMessageException extends GeneralSecurityException {

  private static final long serialVersionUID = 1L;

  public MalformedMessageException(String message) {
    super(message);
  }

  public MalformedMessageException(String message, Throwable cause) {
    super(message, cause);
  }
}
