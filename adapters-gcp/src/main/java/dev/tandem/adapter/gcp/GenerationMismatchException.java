package dev.tandem.adapter.gcp;

/**
 * A generation precondition did not hold (HTTP 412 from Cloud Storage): the object exists when it
 * should not, or its live generation is not the one expected. Nothing was written. Internal to the
 * adapters, which turn it into {@link dev.tandem.domain.error.WriteConflictException} once they
 * have checked that the write was not their own, acknowledged too late.
 */
final class GenerationMismatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  GenerationMismatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
