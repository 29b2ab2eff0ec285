package dev.tandem.application.port.in;

import dev.tandem.domain.secret.ClientSigningShare;

/**
 * Where the caller keeps a new client signing share (a keychain, a vault). The use case hands the
 * share over <em>before</em> it confirms the pair to the custodian, so a pair only becomes {@code
 * COMPLETED} (able to sign) once its client half is stored.
 *
 * <p>{@link #store} returns once the share is stored durably; if it throws, the operation fails,
 * the pair stays {@code INCOMPLETE} and never signs. The share is the one the result carries, not a
 * copy: a sink that keeps it beyond the call keeps its own copy.
 */
@FunctionalInterface
public interface SigningShareSink {
  /** For callers that keep the share from the result instead. */
  SigningShareSink NONE = share -> {};

  void store(ClientSigningShare share);
}
