package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import dev.tandem.mpc.internal.zk.SigningCiphertextProof;
import java.math.BigInteger;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Sign, client → custodian, PROTOCOL.md §4 step 3: the opening of the round-1 commitment (R2, the
 * Schnorr proof of k2, the commitment randomness), the homomorphic ciphertext c3, and the proof
 * that c3 is well formed ({@link SigningCiphertextProof}, §2.2).
 *
 * <p>Wire: version ‖ type ‖ session id (32) ‖ R2 (33) ‖ proof (65) ‖ randomness (32) ‖ c3
 * (length-prefixed unsigned, at most twice the largest Paillier modulus) ‖ c3's proof.
 */
public final class SignRound3Ciphertext {

  private final SessionId sessionId;
  private final ECPoint r2;
  private final SchnorrProof proof;
  private final byte[] randomness;
  private final BigInteger ciphertext;
  private final SigningCiphertextProof ciphertextProof;

  public SignRound3Ciphertext(
      SessionId sessionId,
      ECPoint r2,
      SchnorrProof proof,
      byte[] randomness,
      BigInteger ciphertext,
      SigningCiphertextProof ciphertextProof) {
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.r2 = Objects.requireNonNull(r2, "r2");
    this.proof = Objects.requireNonNull(proof, "proof");
    this.randomness =
        Wire.requireLength(randomness, HashCommitment.RANDOMNESS_LENGTH, "randomness");
    this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext");
    this.ciphertextProof = Objects.requireNonNull(ciphertextProof, "ciphertextProof");
    if (ciphertext.signum() < 0) {
      throw new IllegalArgumentException("ciphertext is negative");
    }
  }

  public SessionId sessionId() {
    return sessionId;
  }

  public ECPoint r2() {
    return r2;
  }

  public SchnorrProof proof() {
    return proof;
  }

  /** The commitment randomness revealed with the opening. */
  public byte[] randomness() {
    return randomness.clone();
  }

  public BigInteger ciphertext() {
    return ciphertext;
  }

  /** The proof that c3 is well formed. */
  public SigningCiphertextProof ciphertextProof() {
    return ciphertextProof;
  }

  public byte[] toBytes() {
    var writer = Wire.begin(MessageType.SIGN_ROUND_3_CIPHERTEXT, sessionId).writePoint(r2);
    proof.write(writer);
    writer.writeFixed(randomness).writeUnsigned(ciphertext);
    ciphertextProof.write(writer);
    return writer.toByteArray();
  }

  public static SignRound3Ciphertext fromBytes(byte[] bytes) throws MalformedMessageException {
    ByteReader reader = Wire.open(bytes, MessageType.SIGN_ROUND_3_CIPHERTEXT);
    SessionId sessionId = Wire.readSessionId(reader);
    ECPoint r2 = reader.readPoint();
    SchnorrProof proof = SchnorrProof.read(reader);
    byte[] randomness = Wire.readRandomness(reader);
    BigInteger ciphertext = reader.readUnsigned(Messages.MAX_CIPHERTEXT_BITS);
    SigningCiphertextProof ciphertextProof = SigningCiphertextProof.read(reader);
    reader.finish();
    return new SignRound3Ciphertext(
        sessionId, r2, proof, randomness, ciphertext, ciphertextProof);
  }

  @Override
  public String toString() {
    return "SignRound3Ciphertext[" + sessionId + "]";
  }
}
