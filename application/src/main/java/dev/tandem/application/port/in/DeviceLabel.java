package dev.tandem.application.port.in;

import dev.tandem.domain.error.InvalidInputException;

/**
 * The rule for the label a client gives its device ("Alice's phone"): optional, 1 to 64 printable
 * characters, as the custodian's signing share record requires. Commands and the envelope decoder
 * check it up front, so that a bad label fails before any protocol runs.
 */
public final class DeviceLabel {
  public static final int MAX_LENGTH = 64;

  private DeviceLabel() {}

  /**
   * Returns {@code label}, which may be null, if it is a valid label.
   *
   * @throws InvalidInputException otherwise (the message does not repeat the label)
   */
  public static String requireValidOrNull(String label) {
    if (label != null
        && (label.isBlank()
            || label.length() > MAX_LENGTH
            || label.codePoints().anyMatch(Character::isISOControl))) {
      throw new InvalidInputException(
          "deviceLabel must be 1 to " + MAX_LENGTH + " printable characters");
    }
    return label;
  }
}
