package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Keygen, client → custodian, PROTOCOL.md §3 step 3: the opening of the round-1 commitment: Q2,
 * the Schnorr proof of x2 and the commitment randomness.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ Q2 (33) ‖ Schnorr proof (65) ‖ randomness (32).
 */
public final class KeygenRound3Opening {

  private final SessionId sessionId;
  private final ECPoint q2;
  private final SchnorrProof proof;
  private final byte[] randomness;

  public KeygenRound3Opening(
      SessionId sessionId, ECPoint q2, SchnorrProof proof, byte[] randomness) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.q2 = Objects.requireNonNull(q2, "q2");
    this.proof = Objects.requireNonNull(proof, "proof");
    this.randomness =
        Wire.requireLength(randomness, HashCommitment.RANDOMNESS_LENGTH, "randomness");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public ECPoint q2() {
    return q2;
  }

  public SchnorrProof proof() {
    return proof;
  }

  public byte[] randomness() {
    return randomness.clone();
  }

  public byte[] toBytes() {
    ByteWriter writer = Wire.begin(MessageType.KEYGEN_ROUND_3_OPENING, sessionId).writePoint(q2);
    proof.write(writer);
    return writer.writeFixed(randomness).toByteArray();
  }

  public static KeygenRound3Opening fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.KEYGEN_ROUND_3_OPENING);
    SessionId sessionId = Wire.readSessionId(reader);
    ECPoint q2 = reader.readPoint();
    SchnorrProof proof = SchnorrProof.read(reader);
    byte[] randomness = Wire.readRandomness(reader);
    reader.finish();
    return new KeygenRound3Opening(sessionId, q2, proof, randomness);
  }

  @Override
  public String toString() {
    return "KeygenRound3Opening[" + sessionId + "]";
  }
}
