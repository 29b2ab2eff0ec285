package dev.tandem.application.port.in;

import dev.tandem.domain.error.InvalidInputException;

/** The null check the command records share. */
final class Commands {
  private Commands() {}

  static <T> T require(T value, String name) {
    if (value == null) {
      throw new InvalidInputException(name + " is required");
    }
    return value;
  }
}
