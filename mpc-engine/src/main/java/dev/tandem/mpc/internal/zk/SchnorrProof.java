package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.Transcript;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;

/**
 * Schnorr proof of knowledge of a discrete logarithm on secp256k1 (PROTOCOL.md §2): the prover
 * knows {@code x} with {@code X = x·G}.
 *
 * <p>Prover: {@code a ← [1, q-1]}, {@code A = a·G}, {@code e = H(context, X, A) mod q} (512-bit
 * expansion reduced mod q), {@code z = a + e·x mod q}. Verifier: {@code z·G = A + e·X}. Special
 * soundness with a challenge space of size q gives soundness error 2^-256.
 *
 * <p>Encoding: {@code A} (33-byte point) ‖ {@code z} (32-byte scalar).
 */
public final class SchnorrProof {

  /** Proof name in the transcript. */
  public static final String NAME = "schnorr-dlog";

  private final ECPoint commitment;
  private final BigInteger response;

  private SchnorrProof(ECPoint commitment, BigInteger response) {
    this.commitment = commitment;
    this.response = response;
  }

  /**
   * Proves knowledge of {@code x} for {@code X = x·G}.
   *
   * @param x the secret, {@code 0 < x < q}
   */
  public static SchnorrProof prove(ProofContext context, BigInteger x, SecureRandom random) {
    Objects.requireNonNull(x, "x");
    BigInteger q = Secp256k1.order();
    if (x.signum() <= 0 || x.compareTo(q) >= 0) {
      throw new IllegalArgumentException("secret is not in [1, q)");
    }
    ECPoint statement = Secp256k1.multiplyBase(x);
    BigInteger a = Secp256k1.randomScalar(random);
    ECPoint commitment = Secp256k1.multiplyBase(a);
    BigInteger e = challenge(context, statement, commitment);
    BigInteger z = a.add(e.multiply(x)).mod(q);
    return new SchnorrProof(commitment, z);
  }

  /**
   * Checks the proof for {@code X}.
   *
   * @throws GeneralSecurityException naming the failed check
   */
  public void verify(ProofContext context, ECPoint statement) throws GeneralSecurityException {
    ECPoint x = Secp256k1.validatePoint(statement);
    Secp256k1.validatePoint(commitment);
    if (response.signum() < 0 || response.compareTo(Secp256k1.order()) >= 0) {
      throw new GeneralSecurityException("schnorr: response is not in [0, q)");
    }
    BigInteger e = challenge(context, x, commitment);
    ECPoint left = Secp256k1.multiplyBase(response);
    ECPoint right = Secp256k1.add(commitment, Secp256k1.multiplyPublic(x, e));
    if (!left.equals(right)) {
      throw new GeneralSecurityException("schnorr: z·G != A + e·X");
    }
  }

  /** The prover's commitment {@code A}. */
  public ECPoint commitment() {
    return commitment;
  }

  /** The response {@code z}. */
  public BigInteger response() {
    return response;
  }

  /** Writes {@code A ‖ z}. */
  public void write(ByteWriter writer) {
    writer.writePoint(commitment).writeScalar(response);
  }

  /** Reads {@code A ‖ z}, validating the point and the scalar range. */
  public static SchnorrProof read(ByteReader reader) throws MalformedMessageException {
    ECPoint commitment = reader.readPoint();
    BigInteger response = reader.readScalar();
    return new SchnorrProof(commitment, response);
  }

  private static BigInteger challenge(ProofContext context, ECPoint statement, ECPoint a) {
    return Transcript.start(context, NAME)
        .append("X", statement)
        .append("A", a)
        .challengeScalar("e");
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SchnorrProof)) {
      return false;
    }
    SchnorrProof other = (SchnorrProof) o;
    return commitment.equals(other.commitment) && response.equals(other.response);
  }

  @Override
  public int hashCode() {
    return Objects.hash(commitment, response);
  }

  @Override
  public String toString() {
    return "SchnorrProof[A=" + Hex.toHexString(Secp256k1.encodePoint(commitment)) + "]";
  }
}
