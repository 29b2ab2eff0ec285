package dev.tandem.mpc.internal.protocol;

/** Protocol names (PROTOCOL.md §1) and the commitment tags each protocol uses. */
final class Protocols {

  static final String KEYGEN = "keygen";
  static final String SIGN = "sign";
  static final String REFRESH = "refresh";

  /** Keygen round 1: the client's commitment to (Q2, Schnorr proof of x2). */
  static final String KEYGEN_COMMITMENT_TAG = "tandem/v1/keygen/Q2";

  /** Sign round 1: the client's commitment to (R2, Schnorr proof of k2). */
  static final String SIGN_COMMITMENT_TAG = "tandem/v1/sign/R2";

  /** Refresh round 1: the client's commitment to δ2. */
  static final String REFRESH_COMMITMENT_TAG = "tandem/v1/refresh/delta2";

  private Protocols() {}
}
