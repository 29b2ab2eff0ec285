package dev.tandem.cli;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.secret.ClientSigningShare;
import java.util.Objects;

/**
 * A simulated device of the demo: a name and the client signing share it keeps, as a phone keeps
 * it in its keychain. Holds a secret: a final class whose {@code toString} names the pair only.
 */
final class Device {
  private final String name;
  private final ClientSigningShare share;

  Device(String name, ClientSigningShare share) {
    this.name = Objects.requireNonNull(name, "name");
    this.share = Objects.requireNonNull(share, "share");
  }

  /** "A", "B". */
  String name() {
    return name;
  }

  /** The label the custodian records for the device's pair. */
  String label() {
    return "device " + name;
  }

  SigningSharePairId pairId() {
    return share.pairId();
  }

  ClientSigningShare share() {
    return share;
  }

  /** Wipes the share: the device is done with it. */
  void forget() {
    share.destroy();
  }

  @Override
  public String toString() {
    return "Device[" + name + ", pair=" + share.pairId() + ", share=redacted]";
  }
}
