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

/**
 * Π^fac of CGGMP21 (no small factor, ePrint 2021/060, Fig. 28 of the revision that adds it):
 * {@code N0 = p·q} with {@code p, q ∈ ±√N0·2^(ℓ+ε)}, hence both factors larger than about
 * {@code 2^ℓ}, with {@code ℓ =} {@value #ELL} and {@code ε =} {@value #EPSILON}. This is the
 * defence against small-factor moduli (BitForge, CVE-2023-33241). It is proven against the
 * <em>verifier's</em> ring-Pedersen parameters {@code (N̂, s, t)}, whose Π^prm the prover has
 * checked.
 *
 * <p>Prover: {@code α, β ← ±2^(ℓ+ε)·√N0}; {@code μ, ν ← ±2^ℓ·N̂}; {@code σ ← ±2^ℓ·N0·N̂};
 * {@code r ← ±2^(ℓ+ε)·N0·N̂}; {@code x, y ← ±2^(ℓ+ε)·N̂}; {@code P = s^p·t^μ}, {@code Q =
 * s^q·t^ν}, {@code A = s^α·t^x}, {@code B = s^β·t^y}, {@code T = Q^α·t^r} (mod N̂). Challenge
 * {@code e ← ±q} (q the secp256k1 order) from the transcript of the context, {@code N0}, {@code
 * (N̂, s, t)}, {@code P, Q, A, B, T} and {@code σ} (σ is sent with the first message, so it is
 * bound before the challenge). Responses, with {@code σ̂ = σ - ν·p}: {@code z1 = α + e·p}, {@code
 * z2 = β + e·q}, {@code w1 = x + e·μ}, {@code w2 = y + e·ν}, {@code v = r + e·σ̂}.
 *
 * <p>Verifier: {@code P, Q, A, B, T ∈ Z*_N̂}; {@code z1, z2 ∈ ±√N0·2^(ℓ+ε)} (the range check of
 * the paper, with {@code √N0} the integer square root); {@code s^z1·t^w1 = A·P^e}, {@code
 * s^z2·t^w2 = B·Q^e}, and with {@code R = s^N0·t^σ}: {@code Q^z1·t^v = T·R^e} (mod N̂). It also
 * bounds {@code σ, w1, w2, v} by the largest value an honest prover can produce (a size check
 * against oversized input that never rejects an honest proof).
 *
 * <p>Encoding: {@code P, Q, A, B, T} unsigned, then {@code σ, z1, z2, w1, w2, v} signed.
 */
public final class NoSmallFactorProof {

  /** Proof name in the transcript. */
  public static final String NAME = "cggmp21/fac";

  /** ℓ. */
  public static final int ELL = ZkSupport.ELL;

  /** ε. */
  public static final int EPSILON = ZkSupport.EPSILON;

  /** Number of fields, in encoding order P, Q, A, B, T, σ, z1, z2, w1, w2, v. */
  static final int FIELD_COUNT = 11;

  private final BigInteger commitmentP;
  private final BigInteger commitmentQ;
  private final BigInteger commitmentA;
  private final BigInteger commitmentB;
  private final BigInteger commitmentT;
  private final BigInteger sigma;
  private final BigInteger z1;
  private final BigInteger z2;
  private final BigInteger w1;
  private final BigInteger w2;
  private final BigInteger v;

  private NoSmallFactorProof(BigInteger[] fields) {
    this.commitmentP = fields[0];
    this.commitmentQ = fields[1];
    this.commitmentA = fields[2];
    this.commitmentB = fields[3];
    this.commitmentT = fields[4];
    this.sigma = fields[5];
    this.z1 = fields[6];
    this.z2 = fields[7];
    this.w1 = fields[8];
    this.w2 = fields[9];
    this.v = fields[10];
  }

  /**
   * Proves that the key's modulus has no small factor, against the verifier's parameters. A key
   * whose factors are unbalanced (one below about 2^ℓ) yields a proof that does not verify.
   */
  public static NoSmallFactorProof prove(
      ProofContext context,
      PaillierSecretKey key,
      RingPedersenParameters verifierParameters,
      SecureRandom random) {
    return prove(context, key, verifierParameters, random, Runnable::run);
  }

  /**
   * As {@link #prove(ProofContext, PaillierSecretKey, RingPedersenParameters, SecureRandom)},
   * spreading the nine independent exponentiations mod N̂ over {@code executor}.
   */
  public static NoSmallFactorProof prove(
      ProofContext context,
      PaillierSecretKey key,
      RingPedersenParameters verifierParameters,
      SecureRandom random,
      Executor executor) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(random, "random");
    RingPedersenParameters rp = Objects.requireNonNull(verifierParameters, "verifierParameters");
    BigInteger n0 = key.publicKey().n();
    BigInteger p = key.secretPrimeP();
    BigInteger q = key.secretPrimeQ();
    BigInteger nHat = rp.n();
    BigInteger t = rp.t();

    BigInteger ellEps = ZkSupport.pow2(ELL + EPSILON);
    BigInteger ell = ZkSupport.pow2(ELL);
    BigInteger alpha = ZkSupport.randomSigned(ellEps.multiply(n0.sqrt()), random);
    BigInteger beta = ZkSupport.randomSigned(ellEps.multiply(n0.sqrt()), random);
    BigInteger mu = ZkSupport.randomSigned(ell.multiply(nHat), random);
    BigInteger nu = ZkSupport.randomSigned(ell.multiply(nHat), random);
    BigInteger sigma = ZkSupport.randomSigned(ell.multiply(n0).multiply(nHat), random);
    BigInteger r = ZkSupport.randomSigned(ellEps.multiply(n0).multiply(nHat), random);
    BigInteger x = ZkSupport.randomSigned(ellEps.multiply(nHat), random);
    BigInteger y = ZkSupport.randomSigned(ellEps.multiply(nHat), random);

    BigInteger s = rp.s();
    BigInteger[] bases = {s, t, s, t, s, t, s, t, t};
    BigInteger[] exponents = {p, mu, q, nu, alpha, x, beta, y, r};
    BigInteger[] powers = new BigInteger[bases.length];
    Parallel.forEach(
        bases.length, executor, i -> powers[i] = bases[i].modPow(exponents[i], nHat));
    BigInteger commitmentP = powers[0].multiply(powers[1]).mod(nHat);
    BigInteger commitmentQ = powers[2].multiply(powers[3]).mod(nHat);
    BigInteger commitmentA = powers[4].multiply(powers[5]).mod(nHat);
    BigInteger commitmentB = powers[6].multiply(powers[7]).mod(nHat);
    BigInteger commitmentT = commitmentQ.modPow(alpha, nHat).multiply(powers[8]).mod(nHat);

    BigInteger e =
        challenge(context, n0, rp, commitmentP, commitmentQ, commitmentA, commitmentB,
            commitmentT, sigma);
    BigInteger sigmaHat = sigma.subtract(nu.multiply(p));
    return new NoSmallFactorProof(
        new BigInteger[] {
          commitmentP,
          commitmentQ,
          commitmentA,
          commitmentB,
          commitmentT,
          sigma,
          alpha.add(e.multiply(p)),
          beta.add(e.multiply(q)),
          x.add(e.multiply(mu)),
          y.add(e.multiply(nu)),
          r.add(e.multiply(sigmaHat)),
        });
  }

  /**
   * Verifies against the verifier's own public parameters.
   *
   * @throws GeneralSecurityException naming the failed check
   */
  public void verify(ProofContext context, PaillierPublicKey key, RingPedersenParameters own)
      throws GeneralSecurityException {
    verify(context, key, RingPedersenVerifier.of(own));
  }

  /**
   * Verifies against the verifier's own parameters, using their secret for CRT arithmetic (same
   * result, faster).
   *
   * @throws GeneralSecurityException naming the failed check
   */
  public void verify(ProofContext context, PaillierPublicKey key, RingPedersenSecret own)
      throws GeneralSecurityException {
    verify(context, key, RingPedersenVerifier.of(own));
  }

  private void verify(ProofContext context, PaillierPublicKey key, RingPedersenVerifier rp)
      throws GeneralSecurityException {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(key, "key");
    BigInteger n0 = key.n();
    BigInteger nHat = rp.n();
    ZkSupport.requireUnit(commitmentP, nHat, "fac: P");
    ZkSupport.requireUnit(commitmentQ, nHat, "fac: Q");
    ZkSupport.requireUnit(commitmentA, nHat, "fac: A");
    ZkSupport.requireUnit(commitmentB, nHat, "fac: B");
    ZkSupport.requireUnit(commitmentT, nHat, "fac: T");

    BigInteger range = ZkSupport.pow2(ELL + EPSILON).multiply(n0.sqrt());
    if (!ZkSupport.withinSigned(z1, range)) {
      throw new GeneralSecurityException("fac: z1 is not in ±√N0·2^(ℓ+ε)");
    }
    if (!ZkSupport.withinSigned(z2, range)) {
      throw new GeneralSecurityException("fac: z2 is not in ±√N0·2^(ℓ+ε)");
    }
    int nHatBits = nHat.bitLength();
    int n0Bits = n0.bitLength();
    ZkSupport.requireBitLength(sigma, ELL + n0Bits + nHatBits, "fac: sigma");
    ZkSupport.requireBitLength(w1, ELL + EPSILON + 1 + nHatBits, "fac: w1");
    ZkSupport.requireBitLength(w2, ELL + EPSILON + 1 + nHatBits, "fac: w2");
    ZkSupport.requireBitLength(v, ELL + EPSILON + 1 + n0Bits + nHatBits, "fac: v");

    BigInteger e =
        challenge(context, n0, rp.parameters(), commitmentP, commitmentQ, commitmentA,
            commitmentB, commitmentT, sigma);

    if (!rp.commit(z1, w1).equals(rp.multiply(commitmentA, rp.pow(commitmentP, e)))) {
      throw new GeneralSecurityException("fac: s^z1·t^w1 != A·P^e");
    }
    if (!rp.commit(z2, w2).equals(rp.multiply(commitmentB, rp.pow(commitmentQ, e)))) {
      throw new GeneralSecurityException("fac: s^z2·t^w2 != B·Q^e");
    }
    BigInteger r = rp.commit(n0, sigma);
    BigInteger left = rp.multiply(rp.pow(commitmentQ, z1), rp.pow(rp.parameters().t(), v));
    BigInteger right = rp.multiply(commitmentT, rp.pow(r, e));
    if (!left.equals(right)) {
      throw new GeneralSecurityException("fac: Q^z1·t^v != T·R^e");
    }
  }

  /** Writes P, Q, A, B, T, σ, z1, z2, w1, w2, v. */
  public void write(ByteWriter writer) {
    writer
        .writeUnsigned(commitmentP)
        .writeUnsigned(commitmentQ)
        .writeUnsigned(commitmentA)
        .writeUnsigned(commitmentB)
        .writeUnsigned(commitmentT)
        .writeSigned(sigma)
        .writeSigned(z1)
        .writeSigned(z2)
        .writeSigned(w1)
        .writeSigned(w2)
        .writeSigned(v);
  }

  /** Reads a proof (sizes bounded; values checked by {@link #verify}). */
  public static NoSmallFactorProof read(ByteReader reader) throws MalformedMessageException {
    BigInteger[] fields = new BigInteger[FIELD_COUNT];
    for (int i = 0; i < 5; i++) {
      fields[i] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    }
    for (int i = 5; i < FIELD_COUNT; i++) {
      fields[i] = reader.readSigned(ZkSupport.MAX_FIELD_BITS);
    }
    return new NoSmallFactorProof(fields);
  }

  /** The fields in encoding order (for tests of the verifier). */
  BigInteger[] fields() {
    return new BigInteger[] {
      commitmentP, commitmentQ, commitmentA, commitmentB, commitmentT, sigma, z1, z2, w1, w2, v
    };
  }

  /** A proof from fields in encoding order (for tests of the verifier). */
  static NoSmallFactorProof of(BigInteger[] fields) {
    if (fields.length != FIELD_COUNT) {
      throw new IllegalArgumentException("expected " + FIELD_COUNT + " fields");
    }
    return new NoSmallFactorProof(fields.clone());
  }

  private static BigInteger challenge(
      ProofContext context,
      BigInteger n0,
      RingPedersenParameters rp,
      BigInteger commitmentP,
      BigInteger commitmentQ,
      BigInteger commitmentA,
      BigInteger commitmentB,
      BigInteger commitmentT,
      BigInteger sigma) {
    return Transcript.start(context, NAME)
        .append("N0", n0)
        .append("Nhat", rp.n())
        .append("s", rp.s())
        .append("t", rp.t())
        .append("P", commitmentP)
        .append("Q", commitmentQ)
        .append("A", commitmentA)
        .append("B", commitmentB)
        .append("T", commitmentT)
        .append("sigma", sigma)
        .challengeSigned("e", Secp256k1.order());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoSmallFactorProof
        && Arrays.equals(fields(), ((NoSmallFactorProof) o).fields());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(fields());
  }

  @Override
  public String toString() {
    return "NoSmallFactorProof[ℓ=" + ELL + ", ε=" + EPSILON + "]";
  }
}
