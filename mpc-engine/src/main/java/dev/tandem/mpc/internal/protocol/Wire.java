package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.time.Instant;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The framing every protocol message shares (PROTOCOL.md §1): format version byte, message type
 * byte, then the session id, then the message's own fields; and the bounded readers for the
 * fields several messages use.
 */
final class Wire {

  /** The format version of every message this engine writes and the only one it reads. */
  static final int FORMAT_VERSION = 1;

  /** Ids (wallet, pair) are at most 128 ASCII characters (the domain's rule). */
  static final int MAX_ID_BYTES = 128;

  private Wire() {}

  /** A writer with the header of {@code type} and the session id written. */
  static ByteWriter begin(MessageType type, SessionId sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return new ByteWriter()
        .writeByte(FORMAT_VERSION)
        .writeByte(type.code())
        .writeFixed(sessionId.bytes());
  }

  /**
   * A reader positioned after the header, which must be version 1 and type {@code expected}.
   *
   * @throws MalformedMessageException on another version or type, or a missing header
   */
  static ByteReader open(byte[] message, MessageType expected) throws MalformedMessageException {
    if (message == null) {
      throw new MalformedMessageException("message is missing");
    }
    ByteReader reader = new ByteReader(message);
    int version = reader.readByte();
    if (version != FORMAT_VERSION) {
      throw new MalformedMessageException("unsupported message format version " + version);
    }
    int code = reader.readByte();
    if (code != expected.code()) {
      MessageType actual = MessageType.fromCode(code);
      throw new MalformedMessageException(
          "expected "
              + expected
              + ", got "
              + (actual == null ? "unknown message type " + code : actual.toString()));
    }
    return reader;
  }

  static SessionId readSessionId(ByteReader reader) throws MalformedMessageException {
    return SessionId.of(reader.readFixed(SessionId.LENGTH));
  }

  /** A first message's issue time (epoch milliseconds, any value) as an instant. */
  static Instant instant(long issuedAt) {
    return Instant.ofEpochMilli(issuedAt);
  }

  /** A wallet or pair id: UTF-8, at most 128 bytes, and legal by the domain's rule. */
  static String readId(ByteReader reader, String what) throws MalformedMessageException {
    String value = reader.readUtf8(MAX_ID_BYTES);
    try {
      SigningSharePairId.of(value);
    } catch (InvalidInputException e) {
      throw new MalformedMessageException(what + " is not a legal id");
    }
    return value;
  }

  static byte[] readCommitment(ByteReader reader) throws MalformedMessageException {
    return reader.readFixed(HashCommitment.COMMITMENT_LENGTH);
  }

  static byte[] readRandomness(ByteReader reader) throws MalformedMessageException {
    return reader.readFixed(HashCommitment.RANDOMNESS_LENGTH);
  }

  /** The committed payload (point, Schnorr proof) of keygen and sign: {@code P ‖ A ‖ z}. */
  static byte[] pointAndProof(ECPoint point, SchnorrProof proof) {
    ByteWriter writer = new ByteWriter().writePoint(point);
    proof.write(writer);
    return writer.toByteArray();
  }

  /** Checks a fixed-length byte field given to a message constructor. */
  static byte[] requireLength(byte[] value, int length, String what) {
    Objects.requireNonNull(value, what);
    if (value.length != length) {
      throw new IllegalArgumentException(what + " must be " + length + " bytes");
    }
    return value.clone();
  }

  /** Checks an id given to a message constructor. */
  static String requireId(String value, String what) {
    Objects.requireNonNull(value, what);
    SigningSharePairId.of(value);
    return value;
  }
}
