package dev.tandem.domain.model;

/**
 * The life of a share pair, in the order of its durable writes, so that a crash never leaves a pair
 * that looks usable but is not.
 */
public enum PairStatus {
  /** The custodian stored its half; the client has not yet confirmed it stored its own. */
  INCOMPLETE,
  /** Both halves stored: the only status in which a pair signs. */
  COMPLETED,
  /** The custodian half was destroyed (a lost device); the pair can never sign again. */
  REVOKED,
  /** A signature failed its final verification: the pair never signs again. */
  FROZEN;

  public boolean canSign() {
    return this == COMPLETED;
  }
}
