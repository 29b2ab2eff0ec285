package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Sign, client → custodian, PROTOCOL.md §4 step 1: the session id, the time the client issued it,
 * the pair id, the 32-byte digest to sign, Q1 and Q2 as the client knows them, and the commitment
 * to (R2, Schnorr proof of k2).
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ issued at (8: epoch milliseconds, signed big-endian)
 * ‖ pair id (UTF-8) ‖ digest (32) ‖ Q1 (33) ‖ Q2 (33) ‖ commitment (32).
 */
public final class SignRound1Commitment {

  /** The length of the digest. */
  public static final int DIGEST_LENGTH = 32;

  private final SessionId sessionId;
  private final long issuedAt;
  private final String pairId;
  private final byte[] digest;
  private final ECPoint q1;
  private final ECPoint q2;
  private final byte[] commitment;

  public SignRound1Commitment(
      SessionId sessionId,
      long issuedAt,
      String pairId,
      byte[] digest,
      ECPoint q1,
      ECPoint q2,
      byte[] commitment) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.issuedAt = issuedAt;
    this.pairId = Wire.requireId(pairId, "pairId");
    this.digest = Wire.requireLength(digest, DIGEST_LENGTH, "digest");
    this.q1 = Objects.requireNonNull(q1, "q1");
    this.q2 = Objects.requireNonNull(q2, "q2");
    this.commitment = Wire.requireLength(commitment, HashCommitment.COMMITMENT_LENGTH, "commitment");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  /** When the client issued the session: epoch milliseconds, by its clock. */
  public long issuedAt() {
    return issuedAt;
  }

  public String pairId() {
    return pairId;
  }

  public byte[] digest() {
    return digest.clone();
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
    return Wire.begin(MessageType.SIGN_ROUND_1_COMMITMENT, sessionId)
        .writeLong(issuedAt)
        .writeUtf8(pairId)
        .writeFixed(digest)
        .writePoint(q1)
        .writePoint(q2)
        .writeFixed(commitment)
        .toByteArray();
  }

  /** Parses and validates (points on the curve, exact lengths, no trailing bytes). */
  public static SignRound1Commitment fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.SIGN_ROUND_1_COMMITMENT);
    SessionId sessionId = Wire.readSessionId(reader);
    long issuedAt = reader.readLong();
    String pairId = Wire.readId(reader, "pair id");
    byte[] digest = reader.readFixed(DIGEST_LENGTH);
    ECPoint q1 = reader.readPoint();
    ECPoint q2 = reader.readPoint();
    byte[] commitment = Wire.readCommitment(reader);
    reader.finish();
    return new SignRound1Commitment(sessionId, issuedAt, pairId, digest, q1, q2, commitment);
  }

  @Override
  public String toString() {
    return "SignRound1Commitment["
        + sessionId
        + ", issuedAt="
        + Wire.instant(issuedAt)
        + ", pair="
        + pairId
        + "]";
  }
}
