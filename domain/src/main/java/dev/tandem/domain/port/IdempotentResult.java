package dev.tandem.domain.port;

/**
 * A use case's result as an {@link IdempotencyStorePort} keeps it, to hand it out again when the
 * same request is retried. Opaque to the store, which only copies and discards it: each use case
 * stores and reads back its own result type.
 *
 * <p>A result may hold secrets (a client share handed to the caller), so the store never shares an
 * instance with a caller: it keeps a {@link #copy()} and hands out copies, and {@link #destroy()}s
 * its own when it drops the entry.
 */
public interface IdempotentResult {

  /** An independent copy: destroying the secrets of one never touches those of the other. */
  IdempotentResult copy();

  /** Wipes every secret this result holds. Idempotent; a result without secrets does nothing. */
  void destroy();
}
