package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Sign, custodian → client, PROTOCOL.md §4 step 4: either the verified signature (r, s, recovery
 * id), low-s, or the notice that the signature computed from the client's ciphertext failed
 * verification and nothing is released (the custodian freezes the pair).
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ status (1: {@code 0} released, {@code 1} refused) and,
 * when released, r (32, non-zero) ‖ s (32, non-zero) ‖ recovery id (1, 0–3).
 */
public final class SignRound4Signature {

  private static final int RELEASED = 0;
  private static final int REFUSED = 1;

  private final SessionId sessionId;
  private final BigInteger r;
  private final BigInteger s;
  private final int recoveryId;

  private SignRound4Signature(SessionId sessionId, BigInteger r, BigInteger s, int recoveryId) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.r = r;
    this.s = s;
    this.recoveryId = recoveryId;
  }

  /** A released signature. */
  public static SignRound4Signature released(
      SessionId sessionId, BigInteger r, BigInteger s, int recoveryId) {
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
    if (recoveryId < 0 || recoveryId > 3) {
      throw new IllegalArgumentException("recovery id must be 0 to 3");
    }
    return new SignRound4Signature(sessionId, r, s, recoveryId);
  }

  /** The notice that the signature failed verification and was withheld. */
  public static SignRound4Signature refused(SessionId sessionId) {
    return new SignRound4Signature(sessionId, null, null, -1);
  }

  public SessionId sessionId() {
    return sessionId;
  }

  /** Whether the custodian released a signature. */
  public boolean isReleased() {
    return r != null;
  }

  /** r; only when {@link #isReleased()}. */
  public BigInteger r() {
    requireReleased();
    return r;
  }

  /** s; only when {@link #isReleased()}. */
  public BigInteger s() {
    requireReleased();
    return s;
  }

  /** The recovery id; only when {@link #isReleased()}. */
  public int recoveryId() {
    requireReleased();
    return recoveryId;
  }

  public byte[] toBytes() {
    var writer = Wire.begin(MessageType.SIGN_ROUND_4_SIGNATURE, sessionId);
    if (!isReleased()) {
      return writer.writeByte(REFUSED).toByteArray();
    }
    return writer
        .writeByte(RELEASED)
        .writeScalar(r)
        .writeScalar(s)
        .writeByte(recoveryId)
        .toByteArray();
  }

  public static SignRound4Signature fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.SIGN_ROUND_4_SIGNATURE);
    SessionId sessionId = Wire.readSessionId(reader);
    int status = reader.readByte();
    if (status == REFUSED) {
      reader.finish();
      return refused(sessionId);
    }
    if (status != RELEASED) {
      throw new MalformedMessageException("unknown signature status " + status);
    }
    BigInteger r = reader.readNonZeroScalar();
    BigInteger s = reader.readNonZeroScalar();
    int recoveryId = reader.readByte();
    if (recoveryId > 3) {
      throw new MalformedMessageException("recovery id is not 0 to 3");
    }
    reader.finish();
    return released(sessionId, r, s, recoveryId);
  }

  private void requireReleased() {
    if (!isReleased()) {
      throw new IllegalStateException("no signature was released");
    }
  }

  @Override
  public String toString() {
    return "SignRound4Signature[" + sessionId + (isReleased() ? ", released]" : ", refused]");
  }
}
