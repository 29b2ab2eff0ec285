package dev.tandem.domain.port;

/**
 * Where security-relevant acts are recorded (eject, revocation, a wallet's freeze). An operation
 * that must be audited records its event before it hands out its result: if {@link #record}
 * throws, the operation fails and releases nothing.
 */
public interface AuditLogPort {

  /**
   * Appends {@code event}.
   *
   * @throws dev.tandem.domain.error.StorageUnavailableException if the log cannot be written now
   */
  void record(AuditEvent event);
}
