package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Refresh, client → custodian, PROTOCOL.md §5 step 1: the session id, the time the client issued
 * it, the purpose (backup or provisioning), the source pair id, the new pair id, Q1 and Q2 of the
 * source pair as the client knows them (the custodian aborts on any difference from its share),
 * and the commitment to δ2.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ issued at (8: epoch milliseconds, signed big-endian)
 * ‖ purpose (1) ‖ source pair id ‖ new pair id ‖ Q1 (33) ‖ Q2 (33) ‖ commitment (32).
 */
public final class RefreshRound1Commitment {

  private final SessionId sessionId;
  private final long issuedAt;
  private final RefreshPurpose purpose;
  private final String sourcePairId;
  private final String newPairId;
  private final ECPoint q1;
  private final ECPoint q2;
  private final byte[] commitment;

  public RefreshRound1Commitment(
      SessionId sessionId,
      long issuedAt,
      RefreshPurpose purpose,
      String sourcePairId,
      String newPairId,
      ECPoint q1,
      ECPoint q2,
      byte[] commitment) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.issuedAt = issuedAt;
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.sourcePairId = Wire.requireId(sourcePairId, "sourcePairId");
    this.newPairId = Wire.requireId(newPairId, "newPairId");
    this.q1 = Objects.requireNonNull(q1, "q1");
    this.q2 = Objects.requireNonNull(q2, "q2");
    this.commitment =
        Wire.requireLength(commitment, HashCommitment.COMMITMENT_LENGTH, "commitment");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  /** When the client issued the session: epoch milliseconds, by its clock. */
  public long issuedAt() {
    return issuedAt;
  }

  public RefreshPurpose purpose() {
    return purpose;
  }

  public String sourcePairId() {
    return sourcePairId;
  }

  public String newPairId() {
    return newPairId;
  }

  public ECPoint q1() {
    return q1;
  }

  public ECPoint q2() {
    return q2;
  }

  public byte[] commitment() {
    return commitment.clone();
  }

  public byte[] toBytes() {
    return Wire.begin(MessageType.REFRESH_ROUND_1_COMMITMENT, sessionId)
        .writeLong(issuedAt)
        .writeByte(purpose.code())
        .writeUtf8(sourcePairId)
        .writeUtf8(newPairId)
        .writePoint(q1)
        .writePoint(q2)
        .writeFixed(commitment)
        .toByteArray();
  }

  public static RefreshRound1Commitment fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.REFRESH_ROUND_1_COMMITMENT);
    SessionId sessionId = Wire.readSessionId(reader);
    long issuedAt = reader.readLong();
    RefreshPurpose purpose = RefreshPurpose.fromCode(reader.readByte());
    if (purpose == null) {
      throw new MalformedMessageException("unknown refresh purpose");
    }
    String sourcePairId = Wire.readId(reader, "source pair id");
    String newPairId = Wire.readId(reader, "new pair id");
    ECPoint q1 = reader.readPoint();
    ECPoint q2 = reader.readPoint();
    byte[] commitment = Wire.readCommitment(reader);
    reader.finish();
    return new RefreshRound1Commitment(
        sessionId, issuedAt, purpose, sourcePairId, newPairId, q1, q2, commitment);
  }

  @Override
  public String toString() {
    return "RefreshRound1Commitment["
        + sessionId
        + ", issuedAt="
        + Wire.instant(issuedAt)
        + ", "
        + purpose
        + ", source="
        + sourcePairId
        + ", new="
        + newPairId
        + "]";
  }
}
