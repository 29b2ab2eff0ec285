package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Sign, custodian → client, PROTOCOL.md §4 step 2: R1 = k1·G and the Schnorr proof of k1.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ R1 (33) ‖ proof (A 33 ‖ z 32).
 */
public final class SignRound2Nonce {

  private final SessionId sessionId;
  private final ECPoint r1;
  private final SchnorrProof proof;

  public SignRound2Nonce(SessionId sessionId, ECPoint r1, SchnorrProof proof) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.r1 = Objects.requireNonNull(r1, "r1");
    this.proof = Objects.requireNonNull(proof, "proof");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public ECPoint r1() {
    return r1;
  }

  public SchnorrProof proof() {
    return proof;
  }

  public byte[] toBytes() {
    var writer = Wire.begin(MessageType.SIGN_ROUND_2_NONCE, sessionId).writePoint(r1);
    proof.write(writer);
    return writer.toByteArray();
  }

  public static SignRound2Nonce fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.SIGN_ROUND_2_NONCE);
    SessionId sessionId = Wire.readSessionId(reader);
    ECPoint r1 = reader.readPoint();
    SchnorrProof proof = SchnorrProof.read(reader);
    reader.finish();
    return new SignRound2Nonce(sessionId, r1, proof);
  }

  @Override
  public String toString() {
    return "SignRound2Nonce[" + sessionId + "]";
  }
}
