package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Keygen, custodian → client, PROTOCOL.md §3 step 4: Q = Q1 + Q2 as the custodian computed it;
 * the client checks it equals its own.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ Q (33).
 */
public final class KeygenRound4Confirmation {

  private final SessionId sessionId;
  private final ECPoint publicKey;

  public KeygenRound4Confirmation(SessionId sessionId, ECPoint publicKey) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public ECPoint publicKey() {
    return publicKey;
  }

  public byte[] toBytes() {
    return Wire.begin(MessageType.KEYGEN_ROUND_4_CONFIRMATION, sessionId)
        .writePoint(publicKey)
        .toByteArray();
  }

  public static KeygenRound4Confirmation fromBytes(byte[] bytes)
      throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.KEYGEN_ROUND_4_CONFIRMATION);
    SessionId sessionId = Wire.readSessionId(reader);
    ECPoint publicKey = reader.readPoint();
    reader.finish();
    return new KeygenRound4Confirmation(sessionId, publicKey);
  }

  @Override
  public String toString() {
    return "KeygenRound4Confirmation[" + sessionId + "]";
  }
}
