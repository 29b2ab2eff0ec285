package dev.tandem.application.wire;

/** Why a provisioning session runs, which decides how it ends. */
public enum ProvisionPurpose {
  /** A new device: the session ends with {@code CONFIRM_PAIR}. */
  PROVISION,
  /**
   * A recovery: after {@code CONFIRM_PAIR} the session, still under its wallet lease, expects
   * {@code REVOKE_OTHER_PAIRS}.
   */
  RECOVER
}
