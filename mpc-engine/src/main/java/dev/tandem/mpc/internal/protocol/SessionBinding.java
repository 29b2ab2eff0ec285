package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The 32-byte value that stands for "this session" in every transcript and commitment of a run
 * (the session id item of PROTOCOL.md §1): SHA-256 over the length-prefixed items {@code
 * "tandem/v1/session"}, the protocol name, the client's session id, the time the client issued it
 * (8 bytes, epoch milliseconds, signed big-endian) and the public facts both parties agreed on at
 * the first message (wallet and pair ids, Q1, Q2, the digest to sign). A proof or commitment made
 * in one session, or for another pair or key, therefore never verifies in another, and a client
 * that mixes pairs fails every check even if it passed the explicit ones. A recorded run whose
 * first message was restamped to pass the custodian's time check fails the same way: the
 * commitment openings and proofs of its later messages were made for the original time.
 */
final class SessionBinding {

  private static final byte[] TAG = "tandem/v1/session".getBytes(StandardCharsets.US_ASCII);

  private final MessageDigest digest;

  private SessionBinding(String protocol, SessionId sessionId, long issuedAt) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    item(TAG);
    item(protocol.getBytes(StandardCharsets.UTF_8));
    item(sessionId.bytes());
    item(ByteBuffer.allocate(Long.BYTES).putLong(issuedAt).array());
  }

  /** PROTOCOL.md §3: binds the wallet and the pair being created. */
  static byte[] keygen(SessionId sessionId, long issuedAt, String walletId, String pairId) {
    return new SessionBinding(Protocols.KEYGEN, sessionId, issuedAt)
        .text("wallet", walletId)
        .text("pair", pairId)
        .finish();
  }

  /** PROTOCOL.md §4: binds the pair, its public shares and the digest. */
  static byte[] sign(
      SessionId sessionId, long issuedAt, String pairId, ECPoint q1, ECPoint q2, byte[] digest) {
    return new SessionBinding(Protocols.SIGN, sessionId, issuedAt)
        .text("pair", pairId)
        .point("Q1", q1)
        .point("Q2", q2)
        .bytes("digest", digest)
        .finish();
  }

  /** PROTOCOL.md §5: binds the purpose, both pairs and the source's public shares. */
  static byte[] refresh(
      SessionId sessionId,
      long issuedAt,
      RefreshPurpose purpose,
      String sourcePairId,
      String newPairId,
      ECPoint q1,
      ECPoint q2) {
    return new SessionBinding(Protocols.REFRESH, sessionId, issuedAt)
        .bytes("purpose", new byte[] {(byte) purpose.code()})
        .text("source pair", sourcePairId)
        .text("new pair", newPairId)
        .point("Q1", q1)
        .point("Q2", q2)
        .finish();
  }

  private SessionBinding text(String label, String value) {
    return bytes(label, value.getBytes(StandardCharsets.UTF_8));
  }

  private SessionBinding point(String label, ECPoint value) {
    return bytes(label, Secp256k1.encodePoint(value));
  }

  private SessionBinding bytes(String label, byte[] value) {
    item(label.getBytes(StandardCharsets.UTF_8));
    item(value);
    return this;
  }

  private byte[] finish() {
    return digest.digest();
  }

  private void item(byte[] value) {
    int length = value.length;
    digest.update(
        new byte[] {
          (byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length
        });
    digest.update(value);
  }
}
