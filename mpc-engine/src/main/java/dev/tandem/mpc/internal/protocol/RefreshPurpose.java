package dev.tandem.mpc.internal.protocol;

/**
 * Why a refresh runs (PROTOCOL.md §5): the same protocol makes a backup pair from a signing pair
 * and a new signing pair from a backup pair. The purpose travels in the first message and is bound
 * into the session, so a custodian that opened a backup session never completes a provisioning.
 */
public enum RefreshPurpose {
  /** Signing pair → backup pair. */
  BACKUP(1),
  /** Backup pair → new signing pair. */
  PROVISION(2);

  private final int code;

  RefreshPurpose(int code) {
    this.code = code;
  }

  /** The byte on the wire. */
  public int code() {
    return code;
  }

  /** The purpose with this code, or {@code null}. */
  public static RefreshPurpose fromCode(int code) {
    for (RefreshPurpose purpose : values()) {
      if (purpose.code == code) {
        return purpose;
      }
    }
    return null;
  }
}
