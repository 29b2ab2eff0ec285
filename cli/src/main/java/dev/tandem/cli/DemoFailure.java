package dev.tandem.cli;

/** A step of the demo did not behave as the demo states it does. */
final class DemoFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  DemoFailure(String message) {
    super(message);
  }
}
