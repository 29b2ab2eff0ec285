package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Refresh, client → custodian, PROTOCOL.md §5 step 3: the opening of the round-1 commitment, δ2
 * and the commitment randomness.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ δ2 (32) ‖ randomness (32).
 */
public final class RefreshRound3Opening {

  private final SessionId sessionId;
  private final BigInteger delta2;
  private final byte[] randomness;

  public RefreshRound3Opening(SessionId sessionId, BigInteger delta2, byte[] randomness) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.delta2 = Objects.requireNonNull(delta2, "delta2");
    this.randomness =
        Wire.requireLength(randomness, HashCommitment.RANDOMNESS_LENGTH, "randomness");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public BigInteger delta2() {
    return delta2;
  }

  public byte[] randomness() {
    return randomness.clone();
  }

  public byte[] toBytes() {
    return Wire.begin(MessageType.REFRESH_ROUND_3_OPENING, sessionId)
        .writeScalar(delta2)
        .writeFixed(randomness)
        .toByteArray();
  }

  public static RefreshRound3Opening fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.REFRESH_ROUND_3_OPENING);
    SessionId sessionId = Wire.readSessionId(reader);
    BigInteger delta2 = reader.readScalar();
    byte[] randomness = Wire.readRandomness(reader);
    reader.finish();
    return new RefreshRound3Opening(sessionId, delta2, randomness);
  }

  @Override
  public String toString() {
    return "RefreshRound3Opening[" + sessionId + "]";
  }
}
