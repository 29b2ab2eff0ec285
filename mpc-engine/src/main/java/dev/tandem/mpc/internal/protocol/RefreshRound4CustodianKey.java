package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.util.Objects;

/**
 * Refresh, custodian → client, PROTOCOL.md §5 step 4: the custodian's new Paillier key with its
 * proofs ({@link CustodianKeyProofs}: N', {@code ckey' = Enc_N'(x1 + δ mod q)}, Π^mod(N'),
 * Π^fac(N'), Π^log*(ckey', Q1 + δ·G) against the client's ring-Pedersen parameters from keygen, and
 * the custodian's new ring-Pedersen (s', t') on N' with their Π^prm).
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ N' ‖ ckey' ‖ Π^mod ‖ Π^fac ‖ Π^log* ‖ s' ‖ t' ‖
 * Π^prm. Parsed with size bounds only; the client validates every value.
 */
public final class RefreshRound4CustodianKey {

  private final SessionId sessionId;
  private final CustodianKeyProofs custodianKey;

  RefreshRound4CustodianKey(SessionId sessionId, CustodianKeyProofs custodianKey) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.custodianKey = Objects.requireNonNull(custodianKey, "custodianKey");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  CustodianKeyProofs custodianKey() {
    return custodianKey;
  }

  public byte[] toBytes() {
    ByteWriter writer = Wire.begin(MessageType.REFRESH_ROUND_4_CUSTODIAN_KEY, sessionId);
    custodianKey.write(writer);
    return writer.toByteArray();
  }

  public static RefreshRound4CustodianKey fromBytes(byte[] bytes)
      throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.REFRESH_ROUND_4_CUSTODIAN_KEY);
    SessionId sessionId = Wire.readSessionId(reader);
    CustodianKeyProofs custodianKey = CustodianKeyProofs.read(reader);
    reader.finish();
    return new RefreshRound4CustodianKey(sessionId, custodianKey);
  }

  @Override
  public String toString() {
    return "RefreshRound4CustodianKey["
        + sessionId
        + ", bits="
        + custodianKey.modulus.bitLength()
        + "]";
  }
}
