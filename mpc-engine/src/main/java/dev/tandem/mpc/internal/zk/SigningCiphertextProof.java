package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.Parallel;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.Transcript;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.paillier.CrtModulus;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;

/**
 * The proof that the signing ciphertext is well formed (PROTOCOL.md §2.2): CGGMP21's Π^aff-g
 * (ePrint 2021/060) with its second Paillier relation replaced by a relation on the curve, proven
 * by the client (P2) to the custodian (P1) against the custodian's own ring-Pedersen parameters
 * {@code (N, s, t)} on its Paillier modulus.
 *
 * <p>Statement: {@code D = C^a·(1+N)^b·γ^N mod N²} ({@code C = ckey}, {@code D = c3}), {@code
 * a·R2 = P_a}, {@code b·R2 = P_b}, with {@code a ∈ ±2^(ℓ+ε)} and {@code b ∈ ±2^(ℓ_b+ε)} ({@code ℓ
 * =} {@value #ELL}, {@code ℓ_b =} {@value #ELL_B}, {@code ε =} {@value #EPSILON}). In signing
 * {@code P_a = r·G} and {@code P_b = m·G + r·Q2}, so that a custodian who accepts the proof always
 * decrypts {@code k2⁻¹·(m + r·x) mod q} plus a multiple of q: the signature cannot fail, and its
 * success says nothing about x1 (the Makriyannis–Yomtov abort attack has no oracle left).
 *
 * <p>Prover: {@code α ← ±2^(ℓ+ε)}, {@code β ← ±2^(ℓ_b+ε)}, {@code r_A ← Z*_N}, {@code μ_a, μ_b ←
 * ±2^ℓ·N}, {@code γ_a, γ_b ← ±2^(ℓ+ε)·N}; {@code S = s^a·t^μ_a}, {@code T = s^b·t^μ_b}, {@code A =
 * C^α·(1+N)^β·r_A^N mod N²}, {@code B_a = α·R2}, {@code B_b = β·R2}, {@code E = s^α·t^γ_a},
 * {@code F = s^β·t^γ_b}. Challenge {@code e ← ±q} from the transcript of the context, {@code N, C,
 * D, R2, P_a, P_b, s, t, S, T, A, B_a, B_b, E, F}. Responses {@code z1 = α + e·a}, {@code z2 = β +
 * e·b}, {@code z3 = γ_a + e·μ_a}, {@code z4 = γ_b + e·μ_b}, {@code w = r_A·γ^e mod N}. Everything
 * but S, T and the responses is independent of r and m and is computed ahead of time ({@link
 * Prover}).
 *
 * <p>Verifier: {@code S, T, E, F, w ∈ Z*_N}, {@code A} a valid ciphertext, {@code B_a, B_b} valid
 * points, {@code z1 ∈ ±2^(ℓ+ε)}, {@code z2 ∈ ±2^(ℓ_b+ε)}; {@code C^z1·(1+N)^z2·w^N = A·D^e mod
 * N²}; {@code z1·R2 = B_a + e·P_a}; {@code z2·R2 = B_b + e·P_b}; {@code s^z1·t^z3 = E·S^e} and
 * {@code s^z2·t^z4 = F·T^e mod N}. {@link #verify} evaluates these as written, from public values;
 * {@link #verifyAndDecrypt}, the custodian's, evaluates the same predicate with its keys (CRT, and
 * the Paillier equation split into its plaintext and randomness parts) and returns the decryption
 * of D it needed for that.
 *
 * <p>Soundness error 2^-256 per attempt (challenge ±q), under the strong-RSA assumption on N and the
 * hardness of the custodian's λ; statistical zero knowledge for the client against any custodian.
 * The arguments are in PROTOCOL.md §2.2.
 *
 * <p>Encoding: {@code S, T, A} unsigned, {@code B_a, B_b} points, {@code E, F} unsigned, {@code z1,
 * z2, z3, z4} signed, {@code w} unsigned.
 */
public final class SigningCiphertextProof {

  /** Proof name in the transcript. */
  public static final String NAME = "tandem/sign-c3/aff-g";

  /** ℓ: a = k2⁻¹·r mod q is below 2^ℓ. */
  public static final int ELL = ZkSupport.ELL;

  /** Bits of the mask ρ of b (PROTOCOL.md §4 step 3): ℓ + ε + 128. */
  public static final int MASK_BITS = ZkSupport.ELL + ZkSupport.EPSILON + 128;

  /** ℓ_b: b = (k2⁻¹·(m + r·x2) mod q) + ρ·q is below 2^ℓ_b. */
  public static final int ELL_B = ELL + MASK_BITS + 1;

  /** ε. */
  public static final int EPSILON = ZkSupport.EPSILON;

  /** Number of integer fields, in the order S, T, A, E, F, z1, z2, z3, z4, w. */
  static final int INTEGER_FIELDS = 10;

  private final BigInteger commitmentS;
  private final BigInteger commitmentT;
  private final BigInteger commitmentA;
  private final ECPoint commitmentBa;
  private final ECPoint commitmentBb;
  private final BigInteger commitmentE;
  private final BigInteger commitmentF;
  private final BigInteger z1;
  private final BigInteger z2;
  private final BigInteger z3;
  private final BigInteger z4;
  private final BigInteger w;

  private SigningCiphertextProof(BigInteger[] integers, ECPoint ba, ECPoint bb) {
    this.commitmentS = integers[0];
    this.commitmentT = integers[1];
    this.commitmentA = integers[2];
    this.commitmentE = integers[3];
    this.commitmentF = integers[4];
    this.z1 = integers[5];
    this.z2 = integers[6];
    this.z3 = integers[7];
    this.z4 = integers[8];
    this.w = integers[9];
    this.commitmentBa = ba;
    this.commitmentBb = bb;
  }

  /** The signing ciphertext c3 and its proof, as the client sends them. */
  public static final class Result {
    private final BigInteger ciphertext;
    private final SigningCiphertextProof proof;

    private Result(BigInteger ciphertext, SigningCiphertextProof proof) {
      this.ciphertext = ciphertext;
      this.proof = proof;
    }

    /** c3. */
    public BigInteger ciphertext() {
      return ciphertext;
    }

    public SigningCiphertextProof proof() {
      return proof;
    }
  }

  /**
   * The client's side of one signing run. {@link #draw} takes every random value on the calling
   * thread (so a seeded run is reproducible); {@link #precompute} computes every power that does
   * not depend on r or m, in parallel, typically on the executor while the custodian answers round
   * 1; {@link #encryptAndProve} then makes c3 and the proof with little left to do. Used once.
   *
   * <p>Secret holder: it holds the mask, the encryption randomness and the proof's randomness.
   * Final, redacted {@code toString}; {@link #destroy()} drops them (best effort: {@link BigInteger}
   * cannot be wiped).
   */
  public static final class Prover {
    private final PaillierPublicKey key;
    private final BigInteger ckey;
    private final RingPedersenParameters parameters;
    private final ECPoint r2;
    private BigInteger rho;
    private BigInteger gamma;
    private BigInteger alpha;
    private BigInteger beta;
    private BigInteger randomnessA;
    private BigInteger muA;
    private BigInteger muB;
    private BigInteger gammaA;
    private BigInteger gammaB;
    private BigInteger[] powers;
    private ECPoint pointA;
    private ECPoint pointB;

    private Prover(
        PaillierPublicKey key, BigInteger ckey, RingPedersenParameters parameters, ECPoint r2) {
      this.key = key;
      this.ckey = ckey;
      this.parameters = parameters;
      this.r2 = r2;
    }

    /**
     * Draws the randomness of one run.
     *
     * @param key the custodian's Paillier key
     * @param ckey the custodian's validated ckey
     * @param custodianParameters the custodian's ring-Pedersen parameters, on {@code key}'s N
     * @param r2 the client's nonce point
     */
    public static Prover draw(
        PaillierPublicKey key,
        BigInteger ckey,
        RingPedersenParameters custodianParameters,
        ECPoint r2,
        SecureRandom random) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(ckey, "ckey");
      Objects.requireNonNull(custodianParameters, "custodianParameters");
      Objects.requireNonNull(r2, "r2");
      Objects.requireNonNull(random, "random");
      if (!custodianParameters.n().equals(key.n())) {
        throw new IllegalArgumentException("the ring-Pedersen parameters are not on N");
      }
      Prover prover = new Prover(key, ckey, custodianParameters, r2);
      BigInteger n = key.n();
      prover.rho = new BigInteger(MASK_BITS, random);
      prover.gamma = key.randomUnit(random);
      prover.alpha = ZkSupport.randomSigned(ZkSupport.pow2(ELL + EPSILON), random);
      prover.beta = ZkSupport.randomSigned(ZkSupport.pow2(ELL_B + EPSILON), random);
      prover.randomnessA = key.randomUnit(random);
      prover.muA = ZkSupport.randomSigned(ZkSupport.pow2(ELL).multiply(n), random);
      prover.muB = ZkSupport.randomSigned(ZkSupport.pow2(ELL).multiply(n), random);
      prover.gammaA = ZkSupport.randomSigned(ZkSupport.pow2(ELL + EPSILON).multiply(n), random);
      prover.gammaB = ZkSupport.randomSigned(ZkSupport.pow2(ELL + EPSILON).multiply(n), random);
      return prover;
    }

    /**
     * Computes the powers that do not depend on r or m, spreading the ten exponentiations over
     * {@code executor} (the calling thread takes part). Returns this prover.
     */
    public synchronized Prover precompute(Executor executor) {
      requireLive();
      if (powers != null) {
        return this;
      }
      BigInteger n = key.n();
      BigInteger nSquared = key.nSquared();
      BigInteger s = parameters.s();
      BigInteger t = parameters.t();
      BigInteger q = Secp256k1.order();
      BigInteger[] p = new BigInteger[10];
      Parallel.forEach(
          p.length,
          executor,
          i -> {
            switch (i) {
              case 0 -> p[0] = gamma.modPow(n, nSquared);
              case 1 -> p[1] = randomnessA.modPow(n, nSquared);
              case 2 -> p[2] = ckey.modPow(alpha, nSquared);
              case 3 -> p[3] = s.modPow(alpha, n);
              case 4 -> p[4] = t.modPow(gammaA, n);
              case 5 -> p[5] = s.modPow(beta, n);
              case 6 -> p[6] = t.modPow(gammaB, n);
              case 7 -> p[7] = t.modPow(muA, n);
              case 8 -> p[8] = s.modPow(rho.multiply(q), n);
              default -> p[9] = t.modPow(muB, n);
            }
          });
      powers =
          new BigInteger[] {
            p[0],
            // A = C^α·(1+N)^β·r_A^N
            p[2].multiply(key.plaintextFactor(beta)).mod(nSquared).multiply(p[1]).mod(nSquared),
            // E = s^α·t^γ_a, F = s^β·t^γ_b
            p[3].multiply(p[4]).mod(n),
            p[5].multiply(p[6]).mod(n),
            // t^μ_a, and s^(ρ·q)·t^μ_b
            p[7],
            p[8].multiply(p[9]).mod(n),
          };
      // B_a = α·R2 and B_b = β·R2 do not depend on r either.
      pointA = Secp256k1.multiply(r2, alpha);
      pointB = Secp256k1.multiply(r2, beta);
      return this;
    }

    /**
     * Makes c3 and its proof.
     *
     * @param a k2⁻¹·r mod q
     * @param bModQ k2⁻¹·(m + r·x2) mod q (the mask ρ·q is added here)
     * @param pa r·G
     * @param pb m·G + r·Q2
     */
    public Result encryptAndProve(
        ProofContext context,
        BigInteger a,
        BigInteger bModQ,
        ECPoint pa,
        ECPoint pb,
        Executor executor) {
      BigInteger q = Secp256k1.order();
      if (a.signum() <= 0 || a.compareTo(q) >= 0 || bModQ.signum() < 0 || bModQ.compareTo(q) >= 0) {
        throw new IllegalArgumentException("a and b must be reduced mod q");
      }
      BigInteger b;
      synchronized (this) {
        requireLive();
        b = bModQ.add(rho.multiply(q));
      }
      return prove(context, a, b, pa, pb, executor);
    }

    /** The mask ρ·q that {@link #encryptAndProve} adds to b; for tests of false statements. */
    public synchronized BigInteger secretMask() {
      requireLive();
      return rho.multiply(Secp256k1.order());
    }

    /**
     * The prover's algorithm as it is, for {@code D = C^a·(1+N)^b·γ^N} with whatever a and b it
     * is given (b here includes the mask). {@link #encryptAndProve}, the engine's only caller,
     * always passes an honest witness; the malicious-client tests run it on false statements, and
     * the result then does not verify (soundness).
     */
    public synchronized Result prove(
        ProofContext context,
        BigInteger a,
        BigInteger b,
        ECPoint pa,
        ECPoint pb,
        Executor executor) {
      Objects.requireNonNull(context, "context");
      requireLive();
      try {
        return proveOnce(context, a, b, pa, pb, executor);
      } finally {
        // One proof per prover, made or failed: its randomness is never used twice.
        destroy();
      }
    }

    private Result proveOnce(
        ProofContext context,
        BigInteger a,
        BigInteger b,
        ECPoint pa,
        ECPoint pb,
        Executor executor) {
      precompute(executor);
      BigInteger n = key.n();
      BigInteger nSquared = key.nSquared();
      BigInteger s = parameters.s();
      // T's precomputed part holds s^(ρ·q): what is left is s^(b − ρ·q), which is b mod q for an
      // honest b (a 256-bit exponent).
      BigInteger bWithoutMask = b.subtract(rho.multiply(Secp256k1.order()));
      BigInteger[] p = new BigInteger[3];
      Parallel.forEach(
          3,
          executor,
          i -> {
            switch (i) {
              case 0 -> p[0] = ckey.modPow(a, nSquared);
              case 1 -> p[1] = s.modPow(a, n);
              default -> p[2] = s.modPow(bWithoutMask, n);
            }
          });
      // c3 = C^a·(1+N)^b·γ^N
      BigInteger c3 =
          p[0].multiply(key.plaintextFactor(b)).mod(nSquared).multiply(powers[0]).mod(nSquared);
      BigInteger commitmentS = p[1].multiply(powers[4]).mod(n);
      BigInteger commitmentT = p[2].multiply(powers[5]).mod(n);
      ECPoint ba = pointA;
      ECPoint bb = pointB;
      BigInteger e =
          challenge(context, n, ckey, c3, r2, pa, pb, parameters, commitmentS, commitmentT,
              powers[1], ba, bb, powers[2], powers[3]);
      BigInteger[] fields = {
        commitmentS,
        commitmentT,
        powers[1],
        powers[2],
        powers[3],
        alpha.add(e.multiply(a)),
        beta.add(e.multiply(b)),
        gammaA.add(e.multiply(muA)),
        gammaB.add(e.multiply(muB)),
        randomnessA.multiply(gamma.modPow(e, n)).mod(n)
      };
      return new Result(c3, new SigningCiphertextProof(fields, ba, bb));
    }

    /** Drops every secret value; a later call throws {@link IllegalStateException}. */
    public synchronized void destroy() {
      rho = null;
      gamma = null;
      alpha = null;
      beta = null;
      randomnessA = null;
      muA = null;
      muB = null;
      gammaA = null;
      gammaB = null;
      powers = null;
    }

    private void requireLive() {
      if (rho == null) {
        throw new IllegalStateException("signing prover was used or destroyed");
      }
    }

    @Override
    public String toString() {
      return "SigningCiphertextProof.Prover[secrets=<redacted>]";
    }
  }

  /**
   * Verifies from public values only, evaluating every equation as PROTOCOL.md §2.2 writes it. This
   * is the reference predicate: {@link #verifyAndDecrypt} must accept exactly what this accepts.
   *
   * @param custodianParameters the custodian's ring-Pedersen parameters, on {@code key}'s N
   * @throws GeneralSecurityException naming the failed check
   */
  public void verify(
      ProofContext context,
      PaillierPublicKey key,
      RingPedersenParameters custodianParameters,
      BigInteger ckey,
      BigInteger c3,
      ECPoint r2,
      ECPoint pa,
      ECPoint pb)
      throws GeneralSecurityException {
    BigInteger e = checkShapeAndChallenge(context, key, custodianParameters, ckey, c3, r2, pa, pb);
    BigInteger nSquared = key.nSquared();
    BigInteger left =
        ckey.modPow(z1, nSquared)
            .multiply(key.plaintextFactor(z2)).mod(nSquared)
            .multiply(w.modPow(key.n(), nSquared)).mod(nSquared);
    BigInteger right = commitmentA.multiply(c3.modPow(e, nSquared)).mod(nSquared);
    if (!left.equals(right)) {
      throw new GeneralSecurityException("sign proof: C^z1·(1+N)^z2·w^N != A·D^e");
    }
    checkCurve(e, r2, pa, pb);
    RingPedersenVerifier rp = RingPedersenVerifier.of(custodianParameters);
    checkCommitments(rp, e);
  }

  /**
   * The custodian's verification, with its Paillier and ring-Pedersen secrets: the same predicate
   * as {@link #verify}, evaluated by CRT, with the Paillier equation checked as equal plaintexts
   * and equal residues mod N (PROTOCOL.md §2.2). The independent checks run in parallel on {@code
   * executor}.
   *
   * @param x1 the plaintext of {@code ckey} (the custodian's share)
   * @return the decryption of {@code c3}, centred in (−N/2, N/2); only if the proof verifies
   * @throws GeneralSecurityException naming the failed check
   */
  public BigInteger verifyAndDecrypt(
      ProofContext context,
      PaillierSecretKey key,
      RingPedersenSecret own,
      BigInteger ckey,
      BigInteger x1,
      BigInteger c3,
      ECPoint r2,
      ECPoint pa,
      ECPoint pb,
      Executor executor)
      throws GeneralSecurityException {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(x1, "x1");
    PaillierPublicKey publicKey = key.publicKey();
    BigInteger e =
        checkShapeAndChallenge(context, publicKey, own.parameters(), ckey, c3, r2, pa, pb);
    BigInteger n = publicKey.n();
    RingPedersenVerifier rp = RingPedersenVerifier.of(own);
    BigInteger[] plaintexts = new BigInteger[2];
    AtomicReference<GeneralSecurityException> failure = new AtomicReference<>();
    Parallel.forEach(
        5,
        executor,
        i -> {
          try {
            switch (i) {
              case 0 -> plaintexts[0] = key.decrypt(c3);
              case 1 -> plaintexts[1] = key.decrypt(commitmentA);
              case 2 -> checkResidues(key, ckey, c3, e);
              case 3 -> checkCurve(e, r2, pa, pb);
              default -> checkCommitments(rp, e);
            }
          } catch (GeneralSecurityException ex) {
            failure.compareAndSet(null, ex);
          }
        });
    if (failure.get() != null) {
      throw failure.get();
    }
    // Dec(C^z1·(1+N)^z2·w^N) = z1·x1 + z2 and Dec(A·D^e) = Dec(A) + e·Dec(D), mod N.
    BigInteger difference =
        plaintexts[1].add(e.multiply(plaintexts[0])).subtract(z1.multiply(x1)).subtract(z2).mod(n);
    if (difference.signum() != 0) {
      throw new GeneralSecurityException("sign proof: Dec(A·D^e) != z1·x1 + z2");
    }
    BigInteger d = plaintexts[0];
    return d.compareTo(n.shiftRight(1)) > 0 ? d.subtract(n) : d;
  }

  /** C^z1·w^N ≡ A·D^e (mod N): the randomness parts of the Paillier equation, by CRT. */
  private void checkResidues(PaillierSecretKey key, BigInteger ckey, BigInteger c3, BigInteger e)
      throws GeneralSecurityException {
    CrtModulus crt = key.secretCrtModN();
    BigInteger n = key.publicKey().n();
    BigInteger left = crt.modPow(ckey, z1).multiply(crt.modPow(w, n)).mod(n);
    BigInteger right = commitmentA.mod(n).multiply(crt.modPow(c3, e)).mod(n);
    if (!left.equals(right)) {
      throw new GeneralSecurityException("sign proof: C^z1·(1+N)^z2·w^N != A·D^e");
    }
  }

  private void checkCurve(BigInteger e, ECPoint r2, ECPoint pa, ECPoint pb)
      throws GeneralSecurityException {
    if (!Secp256k1.multiplyPublic(r2, z1)
        .equals(Secp256k1.add(commitmentBa, Secp256k1.multiplyPublic(pa, e)))) {
      throw new GeneralSecurityException("sign proof: z1·R2 != B_a + e·P_a");
    }
    if (!Secp256k1.multiplyPublic(r2, z2)
        .equals(Secp256k1.add(commitmentBb, Secp256k1.multiplyPublic(pb, e)))) {
      throw new GeneralSecurityException("sign proof: z2·R2 != B_b + e·P_b");
    }
  }

  private void checkCommitments(RingPedersenVerifier rp, BigInteger e)
      throws GeneralSecurityException {
    if (!rp.commit(z1, z3).equals(rp.multiply(commitmentE, rp.pow(commitmentS, e)))) {
      throw new GeneralSecurityException("sign proof: s^z1·t^z3 != E·S^e");
    }
    if (!rp.commit(z2, z4).equals(rp.multiply(commitmentF, rp.pow(commitmentT, e)))) {
      throw new GeneralSecurityException("sign proof: s^z2·t^z4 != F·T^e");
    }
  }

  /** The cheap checks (ranges, group membership, points), then the challenge. */
  private BigInteger checkShapeAndChallenge(
      ProofContext context,
      PaillierPublicKey key,
      RingPedersenParameters parameters,
      BigInteger ckey,
      BigInteger c3,
      ECPoint r2,
      ECPoint pa,
      ECPoint pb)
      throws GeneralSecurityException {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(parameters, "parameters");
    BigInteger n = key.n();
    if (!parameters.n().equals(n)) {
      throw new GeneralSecurityException("sign proof: ring-Pedersen parameters are not on N");
    }
    key.validateCiphertext(ckey);
    key.validateCiphertext(c3);
    Secp256k1.validatePoint(r2);
    Secp256k1.validatePoint(pa);
    Secp256k1.validatePoint(pb);
    try {
      key.validateCiphertext(commitmentA);
    } catch (GeneralSecurityException e) {
      throw new GeneralSecurityException("sign proof: A is not a valid ciphertext", e);
    }
    Secp256k1.validatePoint(commitmentBa);
    Secp256k1.validatePoint(commitmentBb);
    ZkSupport.requireUnit(commitmentS, n, "sign proof: S");
    ZkSupport.requireUnit(commitmentT, n, "sign proof: T");
    ZkSupport.requireUnit(commitmentE, n, "sign proof: E");
    ZkSupport.requireUnit(commitmentF, n, "sign proof: F");
    ZkSupport.requireUnit(w, n, "sign proof: w");
    if (!ZkSupport.withinSigned(z1, ZkSupport.pow2(ELL + EPSILON))) {
      throw new GeneralSecurityException("sign proof: z1 is not in ±2^(ℓ+ε)");
    }
    if (!ZkSupport.withinSigned(z2, ZkSupport.pow2(ELL_B + EPSILON))) {
      throw new GeneralSecurityException("sign proof: z2 is not in ±2^(ℓ_b+ε)");
    }
    int randomnessBits = ELL + EPSILON + 2 + n.bitLength();
    ZkSupport.requireBitLength(z3, randomnessBits, "sign proof: z3");
    ZkSupport.requireBitLength(z4, randomnessBits, "sign proof: z4");
    return challenge(context, n, ckey, c3, r2, pa, pb, parameters, commitmentS, commitmentT,
        commitmentA, commitmentBa, commitmentBb, commitmentE, commitmentF);
  }

  private static BigInteger challenge(
      ProofContext context,
      BigInteger n,
      BigInteger ckey,
      BigInteger c3,
      ECPoint r2,
      ECPoint pa,
      ECPoint pb,
      RingPedersenParameters parameters,
      BigInteger commitmentS,
      BigInteger commitmentT,
      BigInteger commitmentA,
      ECPoint commitmentBa,
      ECPoint commitmentBb,
      BigInteger commitmentE,
      BigInteger commitmentF) {
    return Transcript.start(context, NAME)
        .append("N", n)
        .append("C", ckey)
        .append("D", c3)
        .append("R2", r2)
        .append("Pa", pa)
        .append("Pb", pb)
        .append("s", parameters.s())
        .append("t", parameters.t())
        .append("S", commitmentS)
        .append("T", commitmentT)
        .append("A", commitmentA)
        .append("Ba", commitmentBa)
        .append("Bb", commitmentBb)
        .append("E", commitmentE)
        .append("F", commitmentF)
        .challengeSigned("e", Secp256k1.order());
  }

  /** Writes S, T, A, B_a, B_b, E, F, z1, z2, z3, z4, w. */
  public void write(ByteWriter writer) {
    writer
        .writeUnsigned(commitmentS)
        .writeUnsigned(commitmentT)
        .writeUnsigned(commitmentA)
        .writePoint(commitmentBa)
        .writePoint(commitmentBb)
        .writeUnsigned(commitmentE)
        .writeUnsigned(commitmentF)
        .writeSigned(z1)
        .writeSigned(z2)
        .writeSigned(z3)
        .writeSigned(z4)
        .writeUnsigned(w);
  }

  /** Reads a proof (sizes bounded, points validated; values checked by the verifiers). */
  public static SigningCiphertextProof read(ByteReader reader) throws MalformedMessageException {
    BigInteger[] integers = new BigInteger[INTEGER_FIELDS];
    integers[0] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    integers[1] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    integers[2] = reader.readUnsigned(2 * ZkSupport.MAX_MODULUS_BITS);
    ECPoint ba = reader.readPoint();
    ECPoint bb = reader.readPoint();
    integers[3] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    integers[4] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    integers[5] = reader.readSigned(ELL + EPSILON + 1);
    integers[6] = reader.readSigned(ELL_B + EPSILON + 1);
    integers[7] = reader.readSigned(ZkSupport.MAX_FIELD_BITS);
    integers[8] = reader.readSigned(ZkSupport.MAX_FIELD_BITS);
    integers[9] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    return new SigningCiphertextProof(integers, ba, bb);
  }

  /** The integer fields S, T, A, E, F, z1, z2, z3, z4, w (a copy); for tests of the verifier. */
  BigInteger[] integerFields() {
    return new BigInteger[] {
      commitmentS, commitmentT, commitmentA, commitmentE, commitmentF, z1, z2, z3, z4, w
    };
  }

  /** A copy with integer field {@code index} (in {@link #integerFields()} order) replaced. */
  SigningCiphertextProof withField(int index, BigInteger value) {
    BigInteger[] fields = integerFields();
    fields[index] = value;
    return new SigningCiphertextProof(fields, commitmentBa, commitmentBb);
  }

  /** A copy with B_a (0) or B_b (1) replaced; for tests of the verifier. */
  SigningCiphertextProof withPoint(int index, ECPoint value) {
    return new SigningCiphertextProof(
        integerFields(), index == 0 ? value : commitmentBa, index == 1 ? value : commitmentBb);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SigningCiphertextProof)) {
      return false;
    }
    SigningCiphertextProof other = (SigningCiphertextProof) o;
    return Arrays.equals(integerFields(), other.integerFields())
        && commitmentBa.equals(other.commitmentBa)
        && commitmentBb.equals(other.commitmentBb);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(integerFields()), commitmentBa, commitmentBb);
  }

  @Override
  public String toString() {
    return "SigningCiphertextProof[Ba="
        + Hex.toHexString(Secp256k1.encodePoint(commitmentBa)).substring(0, 16)
        + "…]";
  }
}
