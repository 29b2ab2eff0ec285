package dev.tandem.mpc.internal.protocol;

/**
 * Whether a share belongs to a signing pair or a backup pair (PROTOCOL.md §5: backup makes the one
 * from the other, provisioning the other way round); recorded in the share material.
 */
public enum PairKind {
  SIGNING(1),
  BACKUP(2);

  private final int code;

  PairKind(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  static PairKind fromCode(int code) {
    for (PairKind kind : values()) {
      if (kind.code == code) {
        return kind;
      }
    }
    return null;
  }
}
