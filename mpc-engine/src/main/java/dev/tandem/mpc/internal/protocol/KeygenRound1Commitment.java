package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.RingPedersenParametersProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Keygen, client → custodian, PROTOCOL.md §3 step 1: the session id, the time the client issued
 * it, the wallet and pair ids the key is made for (all bound into every transcript of the run), the
 * commitment to (Q2, Schnorr proof of x2), and the client's ring-Pedersen parameters (N̂, s, t) with
 * their Π^prm proof.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ issued at (8: epoch milliseconds, signed big-endian)
 * ‖ wallet id ‖ pair id ‖ commitment (32) ‖ N̂ ‖ s ‖ t ‖ Π^prm.
 */
public final class KeygenRound1Commitment {

  private final SessionId sessionId;
  private final long issuedAt;
  private final String walletId;
  private final String pairId;
  private final byte[] commitment;
  private final RingPedersenParameters ringPedersen;
  private final RingPedersenParametersProof ringPedersenProof;

  public KeygenRound1Commitment(
      SessionId sessionId,
      long issuedAt,
      String walletId,
      String pairId,
      byte[] commitment,
      RingPedersenParameters ringPedersen,
      RingPedersenParametersProof ringPedersenProof) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.issuedAt = issuedAt;
    this.walletId = Wire.requireId(walletId, "walletId");
    this.pairId = Wire.requireId(pairId, "pairId");
    this.commitment =
        Wire.requireLength(commitment, HashCommitment.COMMITMENT_LENGTH, "commitment");
    this.ringPedersen = Objects.requireNonNull(ringPedersen, "ringPedersen");
    this.ringPedersenProof = Objects.requireNonNull(ringPedersenProof, "ringPedersenProof");
  }

  public SessionId sessionId() {
    return sessionId;
  }

  /** When the client issued the session: epoch milliseconds, by its clock. */
  public long issuedAt() {
    return issuedAt;
  }

  public String walletId() {
    return walletId;
  }

  public String pairId() {
    return pairId;
  }

  public byte[] commitment() {
    return commitment.clone();
  }

  public RingPedersenParameters ringPedersen() {
    return ringPedersen;
  }

  public RingPedersenParametersProof ringPedersenProof() {
    return ringPedersenProof;
  }

  public byte[] toBytes() {
    ByteWriter writer =
        Wire.begin(MessageType.KEYGEN_ROUND_1_COMMITMENT, sessionId)
            .writeLong(issuedAt)
            .writeUtf8(walletId)
            .writeUtf8(pairId)
            .writeFixed(commitment);
    ringPedersen.write(writer);
    ringPedersenProof.write(writer);
    return writer.toByteArray();
  }

  public static KeygenRound1Commitment fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.KEYGEN_ROUND_1_COMMITMENT);
    SessionId sessionId = Wire.readSessionId(reader);
    long issuedAt = reader.readLong();
    String walletId = Wire.readId(reader, "wallet id");
    String pairId = Wire.readId(reader, "pair id");
    byte[] commitment = Wire.readCommitment(reader);
    RingPedersenParameters ringPedersen = readRingPedersen(reader);
    RingPedersenParametersProof proof = RingPedersenParametersProof.read(reader);
    reader.finish();
    return new KeygenRound1Commitment(
        sessionId, issuedAt, walletId, pairId, commitment, ringPedersen, proof);
  }

  private static RingPedersenParameters readRingPedersen(ByteReader reader)
      throws MalformedMessageException {
    int maxBits = Messages.MAX_MODULUS_BITS;
    BigInteger n = reader.readUnsigned(maxBits);
    BigInteger s = reader.readUnsigned(maxBits);
    BigInteger t = reader.readUnsigned(maxBits);
    try {
      return RingPedersenParameters.of(n, s, t);
    } catch (GeneralSecurityException e) {
      throw new MalformedMessageException("invalid ring-Pedersen parameters: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "KeygenRound1Commitment["
        + sessionId
        + ", issuedAt="
        + Wire.instant(issuedAt)
        + ", wallet="
        + walletId
        + ", pair="
        + pairId
        + "]";
  }
}
