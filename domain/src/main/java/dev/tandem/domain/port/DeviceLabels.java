package dev.tandem.domain.port;

/** A human-chosen device name ("Alice's phone"): optional, printable, short. */
final class DeviceLabels {
  private static final int MAX_LENGTH = 64;

  private DeviceLabels() {}

  static String requireValid(String label) {
    if (label == null) {
      return null;
    }
    if (label.isBlank() || label.length() > MAX_LENGTH
        || label.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a device label is 1 to " + MAX_LENGTH + " printable characters");
    }
    return label;
  }
}
