package dev.tandem.mpc.internal.protocol;

/**
 * The message types of PROTOCOL.md §3–§5, with their one-byte wire codes (PROTOCOL.md §1: every
 * message starts with the format version and this type byte). A code is never reused.
 */
public enum MessageType {
  KEYGEN_ROUND_1_COMMITMENT(0x11, "keygen round 1 (commitment)"),
  KEYGEN_ROUND_2_CUSTODIAN_KEY(0x12, "keygen round 2 (custodian key)"),
  KEYGEN_ROUND_3_OPENING(0x13, "keygen round 3 (opening)"),
  KEYGEN_ROUND_4_CONFIRMATION(0x14, "keygen round 4 (confirmation)"),
  SIGN_ROUND_1_COMMITMENT(0x21, "sign round 1 (commitment)"),
  SIGN_ROUND_2_NONCE(0x22, "sign round 2 (nonce)"),
  SIGN_ROUND_3_CIPHERTEXT(0x23, "sign round 3 (ciphertext)"),
  SIGN_ROUND_4_SIGNATURE(0x24, "sign round 4 (signature)"),
  REFRESH_ROUND_1_COMMITMENT(0x31, "refresh round 1 (commitment)"),
  REFRESH_ROUND_2_CONTRIBUTION(0x32, "refresh round 2 (contribution)"),
  REFRESH_ROUND_3_OPENING(0x33, "refresh round 3 (opening)"),
  REFRESH_ROUND_4_CUSTODIAN_KEY(0x34, "refresh round 4 (custodian key)");

  private final int code;
  private final String description;

  MessageType(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The type byte on the wire. */
  public int code() {
    return code;
  }

  /** The type with this wire code, or {@code null} if none. */
  public static MessageType fromCode(int code) {
    for (MessageType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return description;
  }
}
