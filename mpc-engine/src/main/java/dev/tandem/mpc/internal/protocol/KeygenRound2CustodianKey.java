package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.NoSmallFactorProof;
import dev.tandem.mpc.internal.zk.PaillierBlumModulusProof;
import dev.tandem.mpc.internal.zk.PaillierEncryptionOfDiscreteLogProof;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.math.BigInteger;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Keygen, custodian → client, PROTOCOL.md §3 step 2: Q1 with the Schnorr proof of x1, the Paillier
 * modulus N, {@code ckey = Enc_N(x1)}, and the proofs Π^mod(N), Π^fac(N) and Π^log*(ckey, Q1), the
 * last two against the client's ring-Pedersen parameters.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ Q1 (33) ‖ Schnorr proof (65) ‖ N ‖ ckey ‖ Π^mod ‖
 * Π^fac ‖ Π^log*. N and ckey are parsed with size bounds only; the client validates them.
 */
public final class KeygenRound2CustodianKey {

  private final SessionId sessionId;
  private final ECPoint q1;
  private final SchnorrProof schnorrProof;
  private final BigInteger paillierModulus;
  private final BigInteger ckey;
  private final PaillierBlumModulusProof modulusProof;
  private final NoSmallFactorProof noSmallFactorProof;
  private final PaillierEncryptionOfDiscreteLogProof encryptionProof;

  public KeygenRound2CustodianKey(
      SessionId sessionId,
      ECPoint q1,
      SchnorrProof schnorrProof,
      BigInteger paillierModulus,
      BigInteger ckey,
      PaillierBlumModulusProof modulusProof,
      NoSmallFactorProof noSmallFactorProof,
      PaillierEncryptionOfDiscreteLogProof encryptionProof) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.q1 = Objects.requireNonNull(q1, "q1");
    this.schnorrProof = Objects.requireNonNull(schnorrProof, "schnorrProof");
    this.paillierModulus = Objects.requireNonNull(paillierModulus, "paillierModulus");
    this.ckey = Objects.requireNonNull(ckey, "ckey");
    this.modulusProof = Objects.requireNonNull(modulusProof, "modulusProof");
    this.noSmallFactorProof = Objects.requireNonNull(noSmallFactorProof, "noSmallFactorProof");
    this.encryptionProof = Objects.requireNonNull(encryptionProof, "encryptionProof");
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

  public BigInteger paillierModulus() {
    return paillierModulus;
  }

  public BigInteger ckey() {
    return ckey;
  }

  public PaillierBlumModulusProof modulusProof() {
    return modulusProof;
  }

  public NoSmallFactorProof noSmallFactorProof() {
    return noSmallFactorProof;
  }

  public PaillierEncryptionOfDiscreteLogProof encryptionProof() {
    return encryptionProof;
  }

  public byte[] toBytes() {
    ByteWriter writer = Wire.begin(MessageType.KEYGEN_ROUND_2_CUSTODIAN_KEY, sessionId);
    writer.writePoint(q1);
    schnorrProof.write(writer);
    writer.writeUnsigned(paillierModulus).writeUnsigned(ckey);
    modulusProof.write(writer);
    noSmallFactorProof.write(writer);
    encryptionProof.write(writer);
    return writer.toByteArray();
  }

  public static KeygenRound2CustodianKey fromBytes(byte[] bytes)
      throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.KEYGEN_ROUND_2_CUSTODIAN_KEY);
    SessionId sessionId = Wire.readSessionId(reader);
    ECPoint q1 = reader.readPoint();
    SchnorrProof schnorrProof = SchnorrProof.read(reader);
    BigInteger modulus = reader.readUnsigned(Messages.MAX_MODULUS_BITS);
    BigInteger ckey = reader.readUnsigned(Messages.MAX_CIPHERTEXT_BITS);
    PaillierBlumModulusProof modulusProof = PaillierBlumModulusProof.read(reader);
    NoSmallFactorProof noSmallFactorProof = NoSmallFactorProof.read(reader);
    PaillierEncryptionOfDiscreteLogProof encryptionProof =
        PaillierEncryptionOfDiscreteLogProof.read(reader);
    reader.finish();
    return new KeygenRound2CustodianKey(
        sessionId, q1, schnorrProof, modulus, ckey, modulusProof, noSmallFactorProof,
        encryptionProof);
  }

  @Override
  public String toString() {
    return "KeygenRound2CustodianKey[" + sessionId + ", bits=" + paillierModulus.bitLength() + "]";
  }
}
