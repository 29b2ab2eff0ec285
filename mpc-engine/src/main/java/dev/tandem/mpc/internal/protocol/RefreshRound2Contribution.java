package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Refresh, custodian → client, PROTOCOL.md §5 step 2: the custodian's share δ1 ∈ Z_q of the
 * coin-tossed offset, in the clear (the client has already committed to δ2).
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ δ1 (32).
 */
public final class RefreshRound2Contribution {

  private final SessionId sessionId;
  private final BigInteger delta1;

  public RefreshRound2Contribution(SessionId sessionId, BigInteger delta1) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.delta1 = Objects.requireNonNull(delta1, "delta1");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public BigInteger delta1() {
    return delta1;
  }

  public byte[] toBytes() {
    return Wire.begin(MessageType.REFRESH_ROUND_2_CONTRIBUTION, sessionId)
        .writeScalar(delta1)
        .toByteArray();
  }

  public static RefreshRound2Contribution fromBytes(byte[] bytes)
      throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.REFRESH_ROUND_2_CONTRIBUTION);
    SessionId sessionId = Wire.readSessionId(reader);
    BigInteger delta1 = reader.readScalar();
    reader.finish();
    return new RefreshRound2Contribution(sessionId, delta1);
  }

  @Override
  public String toString() {
    return "RefreshRound2Contribution[" + sessionId + "]";
  }
}
