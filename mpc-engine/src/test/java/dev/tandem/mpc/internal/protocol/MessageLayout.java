package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.NoSmallFactorProof;
import dev.tandem.mpc.internal.zk.PaillierBlumModulusProof;
import dev.tandem.mpc.internal.zk.PaillierEncryptionOfDiscreteLogProof;
import dev.tandem.mpc.internal.zk.RingPedersenParametersProof;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte spans of every field of a well-formed protocol message, found by walking it with the
 * primitives' readers (independently of the message classes), so that a test can tamper with one
 * field at a time.
 */
final class MessageLayout {

  enum Kind {
    /** A one-byte code: version, type, purpose, status, recovery id. */
    BYTE,
    SESSION,
    /** The 8-byte signed big-endian time (epoch milliseconds) a client issued its session at. */
    TIMESTAMP,
    /** A length-prefixed UTF-8 id. */
    ID,
    /** 32 raw bytes: commitment, randomness, digest. */
    FIXED,
    POINT,
    SCALAR,
    /** A length-prefixed big integer. */
    UNSIGNED,
    /** A sign byte and a length-prefixed magnitude. */
    SIGNED,
    /** A whole zero-knowledge proof (other than Schnorr, whose two fields are listed). */
    PROOF
  }

  /** One field: its name, kind and span {@code [start, end)}. */
  record Field(String name, Kind kind, int start, int end) {
    int length() {
      return end - start;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final byte[] message;
  private final ByteReader reader;
  private final List<Field> fields = new ArrayList<>();

  private MessageLayout(byte[] message) {
    this.message = message;
    this.reader = new ByteReader(message);
  }

  /** The fields of {@code message}, in order, covering every byte. */
  static List<Field> of(byte[] message) {
    try {
      return new MessageLayout(message).walk();
    } catch (MalformedMessageException e) {
      throw new IllegalArgumentException("not a well-formed message", e);
    }
  }

  private List<Field> walk() throws MalformedMessageException {
    field("version", Kind.BYTE, () -> reader.readByte());
    int code = message[1] & 0xff;
    field("type", Kind.BYTE, () -> reader.readByte());
    field("session id", Kind.SESSION, () -> reader.readFixed(32));
    switch (MessageType.fromCode(code)) {
      case KEYGEN_ROUND_1_COMMITMENT:
        field("issued at", Kind.TIMESTAMP, reader::readLong);
        field("wallet id", Kind.ID, () -> reader.readUtf8(128));
        field("pair id", Kind.ID, () -> reader.readUtf8(128));
        field("commitment", Kind.FIXED, () -> reader.readFixed(32));
        field("N̂", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        field("s", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        field("t", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        field("Π^prm", Kind.PROOF, () -> RingPedersenParametersProof.read(reader));
        break;
      case KEYGEN_ROUND_2_CUSTODIAN_KEY:
        field("Q1", Kind.POINT, reader::readPoint);
        schnorr("x1");
        custodianKey("N", "ckey");
        break;
      case KEYGEN_ROUND_3_OPENING:
        field("Q2", Kind.POINT, reader::readPoint);
        schnorr("x2");
        field("randomness", Kind.FIXED, () -> reader.readFixed(32));
        break;
      case KEYGEN_ROUND_4_CONFIRMATION:
        field("Q", Kind.POINT, reader::readPoint);
        break;
      case SIGN_ROUND_1_COMMITMENT:
        field("issued at", Kind.TIMESTAMP, reader::readLong);
        field("pair id", Kind.ID, () -> reader.readUtf8(128));
        field("digest", Kind.FIXED, () -> reader.readFixed(32));
        field("Q1", Kind.POINT, reader::readPoint);
        field("Q2", Kind.POINT, reader::readPoint);
        field("commitment", Kind.FIXED, () -> reader.readFixed(32));
        break;
      case SIGN_ROUND_2_NONCE:
        field("R1", Kind.POINT, reader::readPoint);
        schnorr("k1");
        break;
      case SIGN_ROUND_3_CIPHERTEXT:
        field("R2", Kind.POINT, reader::readPoint);
        schnorr("k2");
        field("randomness", Kind.FIXED, () -> reader.readFixed(32));
        field("c3", Kind.UNSIGNED, () -> reader.readUnsigned(8192));
        field("c3 proof: S", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        field("c3 proof: T", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        field("c3 proof: A", Kind.UNSIGNED, () -> reader.readUnsigned(8192));
        field("c3 proof: B_a", Kind.POINT, reader::readPoint);
        field("c3 proof: B_b", Kind.POINT, reader::readPoint);
        field("c3 proof: E", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        field("c3 proof: F", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        field("c3 proof: z1", Kind.SIGNED, () -> reader.readSigned(8192));
        field("c3 proof: z2", Kind.SIGNED, () -> reader.readSigned(8192));
        field("c3 proof: z3", Kind.SIGNED, () -> reader.readSigned(16384));
        field("c3 proof: z4", Kind.SIGNED, () -> reader.readSigned(16384));
        field("c3 proof: w", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
        break;
      case SIGN_ROUND_4_SIGNATURE:
        int status = message[2 + 32] & 0xff;
        field("status", Kind.BYTE, () -> reader.readByte());
        if (status == 0) {
          field("r", Kind.SCALAR, reader::readScalar);
          field("s", Kind.SCALAR, reader::readScalar);
          field("recovery id", Kind.BYTE, () -> reader.readByte());
        }
        break;
      case REFRESH_ROUND_1_COMMITMENT:
        field("issued at", Kind.TIMESTAMP, reader::readLong);
        field("purpose", Kind.BYTE, () -> reader.readByte());
        field("source pair id", Kind.ID, () -> reader.readUtf8(128));
        field("new pair id", Kind.ID, () -> reader.readUtf8(128));
        field("Q1", Kind.POINT, reader::readPoint);
        field("Q2", Kind.POINT, reader::readPoint);
        field("commitment", Kind.FIXED, () -> reader.readFixed(32));
        break;
      case REFRESH_ROUND_2_CONTRIBUTION:
        field("δ1", Kind.SCALAR, reader::readScalar);
        break;
      case REFRESH_ROUND_3_OPENING:
        field("δ2", Kind.SCALAR, reader::readScalar);
        field("randomness", Kind.FIXED, () -> reader.readFixed(32));
        break;
      case REFRESH_ROUND_4_CUSTODIAN_KEY:
        custodianKey("N'", "ckey'");
        break;
      default:
        throw new IllegalArgumentException("unknown message type " + code);
    }
    reader.finish();
    return fields;
  }

  private void schnorr(String secret) throws MalformedMessageException {
    field("Schnorr(" + secret + ").A", Kind.POINT, reader::readPoint);
    field("Schnorr(" + secret + ").z", Kind.SCALAR, reader::readScalar);
  }

  private void custodianKey(String modulus, String ckey) throws MalformedMessageException {
    field(modulus, Kind.UNSIGNED, () -> reader.readUnsigned(4096));
    field(ckey, Kind.UNSIGNED, () -> reader.readUnsigned(8192));
    field("Π^mod", Kind.PROOF, () -> PaillierBlumModulusProof.read(reader));
    field("Π^fac", Kind.PROOF, () -> NoSmallFactorProof.read(reader));
    field("Π^log*", Kind.PROOF, () -> PaillierEncryptionOfDiscreteLogProof.read(reader));
    field("custodian's s", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
    field("custodian's t", Kind.UNSIGNED, () -> reader.readUnsigned(4096));
    field("custodian's Π^prm", Kind.PROOF, () -> RingPedersenParametersProof.read(reader));
  }

  @FunctionalInterface
  private interface Read {
    Object read() throws MalformedMessageException;
  }

  private void field(String name, Kind kind, Read read) throws MalformedMessageException {
    int start = message.length - reader.remaining();
    read.read();
    fields.add(new Field(name, kind, start, message.length - reader.remaining()));
  }
}
