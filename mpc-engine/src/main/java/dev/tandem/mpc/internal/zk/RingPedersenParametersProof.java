package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.Parallel;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.Transcript;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.paillier.CrtModulus;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Π^prm of CGGMP21 (ring-Pedersen parameters, ePrint 2021/060, Fig. 17): the owner of {@code (N̂,
 * s, t)} knows {@code λ} with {@code s = t^λ mod N̂}, hence {@code s ∈ ⟨t⟩}.
 *
 * <p>For {@code i = 1..m}, {@code m =} {@value #REPETITIONS}: the prover samples {@code a_i ←
 * Z_φ(N̂)} and sends {@code A_i = t^(a_i)}; the challenge bits {@code e_i} are derived from the
 * transcript (context, N̂, s, t, A_1..A_m); the prover answers {@code z_i = a_i + e_i·λ mod φ(N̂)};
 * the verifier checks {@code t^(z_i) = A_i·s^(e_i) mod N̂}. Soundness error 2^-80 (binary
 * challenges), honest-verifier statistical zero knowledge. For a short λ (the custodian's
 * parameters, PROTOCOL.md §2.1) the prover answers over the integers instead, {@code a_i ← [0,
 * 2^384)} and {@code z_i = a_i + e_i·λ}: the same check, with short exponents for the verifier.
 *
 * <p>The prover computes {@code t^(a_i)} by CRT. Both sides can spread the m repetitions over an
 * {@link Executor} (see {@link Parallel}).
 *
 * <p>Encoding: {@code A_1..A_m, z_1..z_m}, each an unsigned integer; m is fixed.
 */
public final class RingPedersenParametersProof {

  /** Proof name in the transcript. */
  public static final String NAME = "cggmp21/prm";

  /** m, the number of repetitions. */
  public static final int REPETITIONS = ZkSupport.REPETITIONS;

  /** The statistical slack of integer responses for a short exponent: 2^-128 per repetition. */
  static final int SHORT_EXPONENT_SLACK_BITS = 128;

  private final BigInteger[] commitments;
  private final BigInteger[] responses;

  private RingPedersenParametersProof(BigInteger[] commitments, BigInteger[] responses) {
    this.commitments = commitments;
    this.responses = responses;
  }

  /** Proves the parameters of {@code secret}, sequentially. */
  public static RingPedersenParametersProof prove(
      ProofContext context, RingPedersenSecret secret, SecureRandom random) {
    return prove(context, secret, random, Runnable::run);
  }

  /** Proves the parameters of {@code secret}, spreading the exponentiations over {@code executor}. */
  public static RingPedersenParametersProof prove(
      ProofContext context, RingPedersenSecret secret, SecureRandom random, Executor executor) {
    return prove(
        context,
        secret.parameters(),
        secret.hasShortExponent() ? null : secret.secretPhi(),
        secret.secretLambda(),
        secret.secretCrt(),
        random,
        executor);
  }

  /**
   * The prover's algorithm for the statement {@code parameters} with witness {@code lambda}; the
   * public entry point always passes the secret's own parameters. Package-private so tests can run
   * the honest algorithm on a false statement.
   *
   * @param phi φ(N̂), to answer mod φ(N̂) as the paper does; or {@code null} for a short λ (below
   *     2^{@value RingPedersenSecret#SHORT_EXPONENT_BITS}), answered over the integers with {@code
   *     a_i ← [0, 2^(256+128))} (PROTOCOL.md §2.1)
   */
  static RingPedersenParametersProof prove(
      ProofContext context,
      RingPedersenParameters parameters,
      BigInteger phi,
      BigInteger lambda,
      CrtModulus crt,
      SecureRandom random,
      Executor executor) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(random, "random");
    BigInteger nonceBound =
        phi != null
            ? phi
            : ZkSupport.pow2(RingPedersenSecret.SHORT_EXPONENT_BITS + SHORT_EXPONENT_SLACK_BITS);
    if (phi == null && lambda.bitLength() > RingPedersenSecret.SHORT_EXPONENT_BITS) {
      throw new IllegalArgumentException("integer responses need a short exponent");
    }
    BigInteger[] nonces = new BigInteger[REPETITIONS];
    for (int i = 0; i < REPETITIONS; i++) {
      nonces[i] = ZkSupport.randomBelow(nonceBound, random);
    }
    BigInteger[] commitments = new BigInteger[REPETITIONS];
    Parallel.forEach(
        REPETITIONS, executor, i -> commitments[i] = crt.modPow(parameters.t(), nonces[i]));
    boolean[] e = challenge(context, parameters, commitments);
    BigInteger[] responses = new BigInteger[REPETITIONS];
    for (int i = 0; i < REPETITIONS; i++) {
      BigInteger z = e[i] ? nonces[i].add(lambda) : nonces[i];
      responses[i] = phi != null ? z.mod(phi) : z;
    }
    return new RingPedersenParametersProof(commitments, responses);
  }

  /** Verifies sequentially. */
  public void verify(ProofContext context, RingPedersenParameters parameters)
      throws GeneralSecurityException {
    verify(context, parameters, Runnable::run);
  }

  /**
   * Verifies, spreading the m exponentiations over {@code executor}.
   *
   * @throws GeneralSecurityException naming the failed check and repetition
   */
  public void verify(ProofContext context, RingPedersenParameters parameters, Executor executor)
      throws GeneralSecurityException {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(parameters, "parameters");
    BigInteger n = parameters.n();
    if (commitments.length != REPETITIONS || responses.length != REPETITIONS) {
      throw new GeneralSecurityException("prm: wrong number of repetitions");
    }
    for (int i = 0; i < REPETITIONS; i++) {
      ZkSupport.requireUnit(commitments[i], n, "prm: A[" + i + "]");
      if (responses[i].signum() < 0 || responses[i].compareTo(n) >= 0) {
        throw new GeneralSecurityException("prm: z[" + i + "] is not in [0, N̂)");
      }
    }
    boolean[] e = challenge(context, parameters, commitments);
    boolean[] ok = new boolean[REPETITIONS];
    AtomicBoolean failed = new AtomicBoolean();
    Parallel.forEach(
        REPETITIONS,
        executor,
        i -> {
          if (failed.get()) {
            return;
          }
          BigInteger left = parameters.t().modPow(responses[i], n);
          BigInteger right = e[i] ? commitments[i].multiply(parameters.s()).mod(n) : commitments[i];
          ok[i] = left.equals(right);
          if (!ok[i]) {
            failed.set(true);
          }
        });
    if (failed.get()) {
      for (int i = 0; i < REPETITIONS; i++) {
        if (!ok[i]) {
          throw new GeneralSecurityException("prm: t^z != A·s^e in repetition " + i);
        }
      }
    }
  }

  /** The commitments A_i (a copy). */
  public BigInteger[] commitments() {
    return commitments.clone();
  }

  /** The responses z_i (a copy). */
  public BigInteger[] responses() {
    return responses.clone();
  }

  /** Writes A_1..A_m, z_1..z_m. */
  public void write(ByteWriter writer) {
    for (BigInteger a : commitments) {
      writer.writeUnsigned(a);
    }
    for (BigInteger z : responses) {
      writer.writeUnsigned(z);
    }
  }

  /** Reads A_1..A_m, z_1..z_m (sizes bounded; values checked by {@link #verify}). */
  public static RingPedersenParametersProof read(ByteReader reader)
      throws MalformedMessageException {
    BigInteger[] commitments = new BigInteger[REPETITIONS];
    BigInteger[] responses = new BigInteger[REPETITIONS];
    for (int i = 0; i < REPETITIONS; i++) {
      commitments[i] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    }
    for (int i = 0; i < REPETITIONS; i++) {
      responses[i] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    }
    return new RingPedersenParametersProof(commitments, responses);
  }

  /** Builds a proof from raw fields (for decoding alternatives and tests of the verifier). */
  static RingPedersenParametersProof of(BigInteger[] commitments, BigInteger[] responses) {
    return new RingPedersenParametersProof(commitments.clone(), responses.clone());
  }

  private static boolean[] challenge(
      ProofContext context, RingPedersenParameters parameters, BigInteger[] commitments) {
    Transcript transcript =
        Transcript.start(context, NAME)
            .append("N", parameters.n())
            .append("s", parameters.s())
            .append("t", parameters.t());
    for (BigInteger a : commitments) {
      transcript = transcript.append("A", a);
    }
    return transcript.challengeBits("e", REPETITIONS);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RingPedersenParametersProof)) {
      return false;
    }
    RingPedersenParametersProof other = (RingPedersenParametersProof) o;
    return Arrays.equals(commitments, other.commitments)
        && Arrays.equals(responses, other.responses);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(commitments) + Arrays.hashCode(responses);
  }

  @Override
  public String toString() {
    return "RingPedersenParametersProof[m=" + REPETITIONS + "]";
  }
}
