package dev.tandem.adapter.objectstore;

/**
 * The condition of a conditional write did not hold: the object exists when it should not, is
 * missing, or is not at the version named, or another conditional write of it is in flight. Nothing
 * was written by this request. Thrown by {@link ObjectStore} implementations; the core turns it into
 * {@link dev.tandem.domain.error.WriteConflictException} once it has checked that the stored object
 * is not this very write, acknowledged too late.
 */
public final class PreconditionFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PreconditionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
