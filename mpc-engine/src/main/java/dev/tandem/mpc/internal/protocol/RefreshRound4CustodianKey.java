package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.NoSmallFactorProof;
import dev.tandem.mpc.internal.zk.PaillierBlumModulusProof;
import dev.tandem.mpc.internal.zk.PaillierEncryptionOfDiscreteLogProof;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Refresh, custodian → client, PROTOCOL.md §5 step 4: the new Paillier modulus N', {@code ckey' =
 * Enc_N'(x1 + δ mod q)}, and Π^mod(N'), Π^fac(N'), Π^log*(ckey', Q1 + δ·G) against the client's
 * ring-Pedersen parameters from keygen.
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ N' ‖ ckey' ‖ Π^mod ‖ Π^fac ‖ Π^log*. N' and ckey' are
 * parsed with size bounds only; the client validates them.
 */
public final class RefreshRound4CustodianKey {

  private final SessionId sessionId;
  private final BigInteger paillierModulus;
  private final BigInteger ckey;
  private final PaillierBlumModulusProof modulusProof;
  private final NoSmallFactorProof noSmallFactorProof;
  private final PaillierEncryptionOfDiscreteLogProof encryptionProof;

  public RefreshRound4CustodianKey(
      SessionId sessionId,
      BigInteger paillierModulus,
      BigInteger ckey,
      PaillierBlumModulusProof modulusProof,
      NoSmallFactorProof noSmallFactorProof,
      PaillierEncryptionOfDiscreteLogProof encryptionProof) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.paillierModulus = Objects.requireNonNull(paillierModulus, "paillierModulus");
    this.ckey = Objects.requireNonNull(ckey, "ckey");
    this.modulusProof = Objects.requireNonNull(modulusProof, "modulusProof");
    this.noSmallFactorProof = Objects.requireNonNull(noSmallFactorProof, "noSmallFactorProof");
    this.encryptionProof = Objects.requireNonNull(encryptionProof, "encryptionProof");
  }

  public SessionId sessionId() {
    return sessionId;
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
    ByteWriter writer =
        Wire.begin(MessageType.REFRESH_ROUND_4_CUSTODIAN_KEY, sessionId)
            .writeUnsigned(paillierModulus)
            .writeUnsigned(ckey);
    modulusProof.write(writer);
    noSmallFactorProof.write(writer);
    encryptionProof.write(writer);
    return writer.toByteArray();
  }

  public static RefreshRound4CustodianKey fromBytes(byte[] bytes)
      throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.REFRESH_ROUND_4_CUSTODIAN_KEY);
    SessionId sessionId = Wire.readSessionId(reader);
    BigInteger modulus = reader.readUnsigned(Messages.MAX_MODULUS_BITS);
    BigInteger ckey = reader.readUnsigned(Messages.MAX_CIPHERTEXT_BITS);
    PaillierBlumModulusProof modulusProof = PaillierBlumModulusProof.read(reader);
    NoSmallFactorProof noSmallFactorProof = NoSmallFactorProof.read(reader);
    PaillierEncryptionOfDiscreteLogProof encryptionProof =
        PaillierEncryptionOfDiscreteLogProof.read(reader);
    reader.finish();
    return new RefreshRound4CustodianKey(
        sessionId, modulus, ckey, modulusProof, noSmallFactorProof, encryptionProof);
  }

  @Override
  public String toString() {
    return "RefreshRound4CustodianKey[" + sessionId + ", bits=" + paillierModulus.bitLength() + "]";
  }
}
