package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.Parallel;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.Transcript;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;

/**
 * Π^log* of CGGMP21 (knowledge of exponent vs Paillier encryption, ePrint 2021/060, Fig. 25):
 * {@code C = Enc_N0(x; ρ)} and {@code X = x·G} on secp256k1 for the same {@code x}, with {@code x
 * ∈ ±2^(ℓ+ε)} ({@code ℓ =} {@value #ELL}, {@code ε =} {@value #EPSILON}), proven against the
 * <em>verifier's</em> ring-Pedersen parameters {@code (N̂, s, t)}. The honest prover's {@code x}
 * is in {@code ±2^ℓ} (a scalar below q); the slack ε is the price of a range proof without a range
 * check on {@code x} itself.
 *
 * <p>Prover: {@code α ← ±2^(ℓ+ε)}, {@code μ ← ±2^ℓ·N̂}, {@code r ← Z*_N0}, {@code γ ←
 * ±2^(ℓ+ε)·N̂}; {@code S = s^x·t^μ}, {@code A = (1+N0)^α·r^N0 mod N0²}, {@code Y = α·G}, {@code D
 * = s^α·t^γ}. Challenge {@code e ← ±q} (q the secp256k1 order) from the transcript of the context,
 * {@code N0, C, X, (N̂, s, t), S, A, Y, D}. Responses: {@code z1 = α + e·x}, {@code z2 = r·ρ^e mod
 * N0}, {@code z3 = γ + e·μ}. The prover knows the Paillier key and computes {@code r^N0} and
 * {@code ρ^e} by CRT.
 *
 * <p>Verifier: {@code C, A} valid ciphertexts; {@code X, Y} valid points; {@code S, D ∈ Z*_N̂};
 * {@code z2 ∈ Z*_N0}; {@code z1 ∈ ±2^(ℓ+ε)} (the range check); {@code (1+N0)^z1·z2^N0 = A·C^e mod
 * N0²}; {@code z1·G = Y + e·X}; {@code s^z1·t^z3 = D·S^e mod N̂}. It also bounds {@code z3} by the
 * largest honest value (a size check that never rejects an honest proof).
 *
 * <p>Encoding: {@code S, A} unsigned, {@code Y} point, {@code D} unsigned, {@code z1} signed,
 * {@code z2} unsigned, {@code z3} signed.
 */
public final class PaillierEncryptionOfDiscreteLogProof {

  /** Proof name in the transcript. */
  public static final String NAME = "cggmp21/log*";

  /** ℓ. */
  public static final int ELL = ZkSupport.ELL;

  /** ε. */
  public static final int EPSILON = ZkSupport.EPSILON;

  private final BigInteger commitmentS;
  private final BigInteger commitmentA;
  private final ECPoint commitmentY;
  private final BigInteger commitmentD;
  private final BigInteger z1;
  private final BigInteger z2;
  private final BigInteger z3;

  private PaillierEncryptionOfDiscreteLogProof(
      BigInteger commitmentS,
      BigInteger commitmentA,
      ECPoint commitmentY,
      BigInteger commitmentD,
      BigInteger z1,
      BigInteger z2,
      BigInteger z3) {
    this.commitmentS = commitmentS;
    this.commitmentA = commitmentA;
    this.commitmentY = commitmentY;
    this.commitmentD = commitmentD;
    this.z1 = z1;
    this.z2 = z2;
    this.z3 = z3;
  }

  /**
   * Proves that {@code ciphertext = Enc(x; rho)} under {@code key} and {@code statement = x·G}.
   * A plaintext outside the range yields a proof that does not verify.
   *
   * @param x the plaintext, as an integer (a share {@code 0 <= x < q} in Tandem)
   * @param rho the encryption randomness of {@code ciphertext}, in Z*_N0
   */
  public static PaillierEncryptionOfDiscreteLogProof prove(
      ProofContext context,
      PaillierSecretKey key,
      RingPedersenParameters verifierParameters,
      BigInteger ciphertext,
      ECPoint statement,
      BigInteger x,
      BigInteger rho,
      SecureRandom random) {
    return prove(context, key, verifierParameters, ciphertext, statement, x, rho, random,
        Runnable::run);
  }

  /**
   * As {@link #prove(ProofContext, PaillierSecretKey, RingPedersenParameters, BigInteger,
   * ECPoint, BigInteger, BigInteger, SecureRandom)}, spreading the independent exponentiations
   * over {@code executor}.
   */
  public static PaillierEncryptionOfDiscreteLogProof prove(
      ProofContext context,
      PaillierSecretKey key,
      RingPedersenParameters verifierParameters,
      BigInteger ciphertext,
      ECPoint statement,
      BigInteger x,
      BigInteger rho,
      SecureRandom random,
      Executor executor) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(rho, "rho");
    Objects.requireNonNull(random, "random");
    RingPedersenParameters rp = Objects.requireNonNull(verifierParameters, "verifierParameters");
    PaillierPublicKey publicKey = key.publicKey();
    BigInteger n0 = publicKey.n();
    if (!publicKey.isUnitModN(rho)) {
      throw new IllegalArgumentException("encryption randomness is not in Z*_N0");
    }

    BigInteger nHat = rp.n();
    BigInteger alpha = ZkSupport.randomSigned(ZkSupport.pow2(ELL + EPSILON), random);
    BigInteger mu = ZkSupport.randomSigned(ZkSupport.pow2(ELL).multiply(nHat), random);
    BigInteger r = publicKey.randomUnit(random);
    BigInteger gamma =
        ZkSupport.randomSigned(ZkSupport.pow2(ELL + EPSILON).multiply(nHat), random);

    BigInteger[] commitments = new BigInteger[3];
    Parallel.forEach(
        3,
        executor,
        i -> {
          if (i == 0) {
            commitments[0] = rp.commit(x, mu);
          } else if (i == 1) {
            commitments[1] = key.encrypt(alpha, r);
          } else {
            commitments[2] = rp.commit(alpha, gamma);
          }
        });
    BigInteger commitmentS = commitments[0];
    BigInteger commitmentA = commitments[1];
    ECPoint commitmentY = Secp256k1.multiplyBase(alpha);
    BigInteger commitmentD = commitments[2];

    BigInteger e =
        challenge(context, n0, ciphertext, statement, rp, commitmentS, commitmentA, commitmentY,
            commitmentD);
    BigInteger z1 = alpha.add(e.multiply(x));
    BigInteger z2 = r.multiply(key.secretCrtModN().modPow(rho, e)).mod(n0);
    BigInteger z3 = gamma.add(e.multiply(mu));
    return new PaillierEncryptionOfDiscreteLogProof(
        commitmentS, commitmentA, commitmentY, commitmentD, z1, z2, z3);
  }

  /**
   * Verifies against the verifier's own public parameters.
   *
   * @throws GeneralSecurityException naming the failed check
   */
  public void verify(
      ProofContext context,
      PaillierPublicKey key,
      RingPedersenParameters own,
      BigInteger ciphertext,
      ECPoint statement)
      throws GeneralSecurityException {
    verify(context, key, RingPedersenVerifier.of(own), ciphertext, statement);
  }

  /**
   * Verifies against the verifier's own parameters, using their secret for CRT arithmetic (same
   * result, faster).
   *
   * @throws GeneralSecurityException naming the failed check
   */
  public void verify(
      ProofContext context,
      PaillierPublicKey key,
      RingPedersenSecret own,
      BigInteger ciphertext,
      ECPoint statement)
      throws GeneralSecurityException {
    verify(context, key, RingPedersenVerifier.of(own), ciphertext, statement);
  }

  private void verify(
      ProofContext context,
      PaillierPublicKey key,
      RingPedersenVerifier rp,
      BigInteger ciphertext,
      ECPoint statement)
      throws GeneralSecurityException {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(key, "key");
    BigInteger n0 = key.n();
    BigInteger nSquared = key.nSquared();
    BigInteger nHat = rp.n();
    key.validateCiphertext(ciphertext);
    ECPoint x = Secp256k1.validatePoint(statement);
    try {
      key.validateCiphertext(commitmentA);
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException("log*: A is not a valid ciphertext", e);
    }
    ECPoint y = Secp256k1.validatePoint(commitmentY);
    ZkSupport.requireUnit(commitmentS, nHat, "log*: S");
    ZkSupport.requireUnit(commitmentD, nHat, "log*: D");
    ZkSupport.requireUnit(z2, n0, "log*: z2");
    if (!ZkSupport.withinSigned(z1, ZkSupport.pow2(ELL + EPSILON))) {
      throw new GeneralSecurityException("log*: z1 is not in ±2^(ℓ+ε)");
    }
    ZkSupport.requireBitLength(z3, ELL + EPSILON + 1 + nHat.bitLength(), "log*: z3");

    BigInteger e =
        challenge(context, n0, ciphertext, x, rp.parameters(), commitmentS, commitmentA, y,
            commitmentD);

    BigInteger left = key.plaintextFactor(z1).multiply(z2.modPow(n0, nSquared)).mod(nSquared);
    BigInteger right = commitmentA.multiply(ciphertext.modPow(e, nSquared)).mod(nSquared);
    if (!left.equals(right)) {
      throw new GeneralSecurityException("log*: Enc(z1; z2) != A·C^e");
    }
    ECPoint leftPoint = Secp256k1.multiplyBase(z1);
    ECPoint rightPoint = Secp256k1.add(y, Secp256k1.multiplyPublic(x, e));
    if (!leftPoint.equals(rightPoint)) {
      throw new GeneralSecurityException("log*: z1·G != Y + e·X");
    }
    if (!rp.commit(z1, z3).equals(rp.multiply(commitmentD, rp.pow(commitmentS, e)))) {
      throw new GeneralSecurityException("log*: s^z1·t^z3 != D·S^e");
    }
  }

  /** Writes S, A, Y, D, z1, z2, z3. */
  public void write(ByteWriter writer) {
    writer
        .writeUnsigned(commitmentS)
        .writeUnsigned(commitmentA)
        .writePoint(commitmentY)
        .writeUnsigned(commitmentD)
        .writeSigned(z1)
        .writeUnsigned(z2)
        .writeSigned(z3);
  }

  /** Reads a proof (sizes bounded, Y validated; values checked by {@link #verify}). */
  public static PaillierEncryptionOfDiscreteLogProof read(ByteReader reader)
      throws MalformedMessageException {
    BigInteger commitmentS = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    BigInteger commitmentA = reader.readUnsigned(2 * ZkSupport.MAX_MODULUS_BITS);
    ECPoint commitmentY = reader.readPoint();
    BigInteger commitmentD = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    BigInteger z1 = reader.readSigned(ELL + EPSILON + 1);
    BigInteger z2 = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    BigInteger z3 = reader.readSigned(ZkSupport.MAX_FIELD_BITS);
    return new PaillierEncryptionOfDiscreteLogProof(
        commitmentS, commitmentA, commitmentY, commitmentD, z1, z2, z3);
  }

  /**
   * A copy with one integer field replaced (0=S, 1=A, 2=D, 3=z1, 4=z2, 5=z3); for tests of the
   * verifier.
   */
  PaillierEncryptionOfDiscreteLogProof withField(int index, BigInteger value) {
    BigInteger[] f = {commitmentS, commitmentA, commitmentD, z1, z2, z3};
    f[index] = value;
    return new PaillierEncryptionOfDiscreteLogProof(f[0], f[1], commitmentY, f[2], f[3], f[4],
        f[5]);
  }

  /** A copy with Y replaced; for tests of the verifier. */
  PaillierEncryptionOfDiscreteLogProof withY(ECPoint value) {
    return new PaillierEncryptionOfDiscreteLogProof(commitmentS, commitmentA, value, commitmentD,
        z1, z2, z3);
  }

  /** The integer fields S, A, D, z1, z2, z3; for tests of the verifier. */
  BigInteger[] integerFields() {
    return new BigInteger[] {commitmentS, commitmentA, commitmentD, z1, z2, z3};
  }

  private static BigInteger challenge(
      ProofContext context,
      BigInteger n0,
      BigInteger ciphertext,
      ECPoint statement,
      RingPedersenParameters rp,
      BigInteger commitmentS,
      BigInteger commitmentA,
      ECPoint commitmentY,
      BigInteger commitmentD) {
    return Transcript.start(context, NAME)
        .append("N0", n0)
        .append("C", ciphertext)
        .append("X", statement)
        .append("Nhat", rp.n())
        .append("s", rp.s())
        .append("t", rp.t())
        .append("S", commitmentS)
        .append("A", commitmentA)
        .append("Y", commitmentY)
        .append("D", commitmentD)
        .challengeSigned("e", Secp256k1.order());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaillierEncryptionOfDiscreteLogProof)) {
      return false;
    }
    PaillierEncryptionOfDiscreteLogProof other = (PaillierEncryptionOfDiscreteLogProof) o;
    return Arrays.equals(integerFields(), other.integerFields())
        && commitmentY.equals(other.commitmentY);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(integerFields()), commitmentY);
  }

  @Override
  public String toString() {
    return "PaillierEncryptionOfDiscreteLogProof[Y="
        + Hex.toHexString(Secp256k1.encodePoint(commitmentY)) + "]";
  }
}
