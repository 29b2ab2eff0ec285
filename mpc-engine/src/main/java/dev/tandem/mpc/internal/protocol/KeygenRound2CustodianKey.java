package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Keygen, custodian → client, PROTOCOL.md §3 step 2: Q1 with the Schnorr proof of x1, and the
 * custodian's Paillier key with its proofs ({@link CustodianKeyProofs}: N, {@code ckey =
 * Enc_N(x1)}, Π^mod(N), Π^fac(N), Π^log*(ckey, Q1), the custodian's ring-Pedersen (s, t) on N and
 * their Π^prm).
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ Q1 (33) ‖ Schnorr proof (65) ‖ N ‖ ckey ‖ Π^mod ‖
 * Π^fac ‖ Π^log* ‖ s ‖ t ‖ Π^prm. Parsed with size bounds only; the client validates every value.
 */
public final class KeygenRound2CustodianKey {

  private final SessionId sessionId;
  private final ECPoint q1;
  private final SchnorrProof schnorrProof;
  private final CustodianKeyProofs custodianKey;

  KeygenRound2CustodianKey(
      SessionId sessionId, ECPoint q1, SchnorrProof schnorrProof, CustodianKeyProofs custodianKey) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.q1 = Objects.requireNonNull(q1, "q1");
    this.schnorrProof = Objects.requireNonNull(schnorrProof, "schnorrProof");
    this.custodianKey = Objects.requireNonNull(custodianKey, "custodianKey");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public ECPoint q1() {
    return q1;
  }

  public SchnorrProof schnorrProof() {
    return schnorrProof;
  }

  CustodianKeyProofs custodianKey() {
    return custodianKey;
  }

  public byte[] toBytes() {
    ByteWriter writer = Wire.begin(MessageType.KEYGEN_ROUND_2_CUSTODIAN_KEY, sessionId);
    writer.writePoint(q1);
    schnorrProof.write(writer);
    custodianKey.write(writer);
    return writer.toByteArray();
  }

  public static KeygenRound2CustodianKey fromBytes(byte[] bytes)
      throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.KEYGEN_ROUND_2_CUSTODIAN_KEY);
    SessionId sessionId = Wire.readSessionId(reader);
    ECPoint q1 = reader.readPoint();
    SchnorrProof schnorrProof = SchnorrProof.read(reader);
    CustodianKeyProofs custodianKey = CustodianKeyProofs.read(reader);
    reader.finish();
    return new KeygenRound2CustodianKey(sessionId, q1, schnorrProof, custodianKey);
  }

  @Override
  public String toString() {
    return "KeygenRound2CustodianKey["
        + sessionId
        + ", bits="
        + custodianKey.modulus.bitLength()
        + "]";
  }
}
