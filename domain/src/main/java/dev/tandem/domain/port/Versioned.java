package dev.tandem.domain.port;

import java.util.Objects;

/** A record as read from storage, with the version to pass to a conditional replace. */
public record Versioned<R>(R value, Version version) {
  public Versioned {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(version, "version");
  }
}
