package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.Parallel;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.Transcript;
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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Π^mod of CGGMP21 (Paillier–Blum modulus, ePrint 2021/060, Fig. 16): {@code N} is a product of
 * two primes {@code p ≡ q ≡ 3 (mod 4)} and {@code gcd(N, φ(N)) = 1}, with the N-th-root part
 * shortened as in Goldberg, Reyzin, Sagga, Baldimtsi, "Efficient Noninteractive Certification of
 * RSA Moduli and Beyond" (ASIACRYPT 2019, the {@code gcd(N, φ(N)) = 1} protocol).
 *
 * <p>The prover picks {@code w} with Jacobi symbol {@code (w|N) = -1}; the transcript (context, N,
 * w) yields {@code m =} {@value #REPETITIONS} challenges {@code y_i ∈ Z*_N}. For each, for the
 * unique {@code (a_i, b_i)} making {@code y_i' = (-1)^a_i·w^b_i·y_i} a quadratic residue, the
 * prover sends a fourth root {@code x_i} of {@code y_i'}; for the first {@value
 * #NTH_ROOT_REPETITIONS} it also sends {@code z_i = y_i^(N^-1 mod φ(N))}. The verifier checks
 * {@code N} odd, not prime and without a prime factor below {@code α = 2^16} (one gcd with the
 * product of those primes), {@code w ∈ Z*_N} with {@code (w|N) = -1}, every {@code x_i^4 =
 * (-1)^a_i·w^b_i·y_i (mod N)} and every {@code z_i^N = y_i}.
 *
 * <p>Soundness. The fourth-root part has error 2^-80 (1/2 per repetition, as in CGGMP21). For the
 * N-th roots: if {@code gcd(N, φ(N)) ≠ 1}, the N-th powers form a subgroup of {@code Z*_N} whose
 * index is divisible by a prime dividing that gcd, hence by a prime factor of {@code N}, which the
 * trial division bounds below by α; so a random {@code y_i} has an N-th root with probability at
 * most 1/α, and {@value #NTH_ROOT_REPETITIONS} roots give error {@code α^-8 = 2^-128} (GRSB19,
 * {@code m = ⌈κ / log₂ α⌉}). CGGMP21 asks for an N-th root in each of its 80 repetitions; proving
 * 8 instead saves the verifier 72 full exponentiations mod N per proof with a smaller error.
 *
 * <p>The prover works modulo {@code p} and {@code q} and recombines by CRT: {@code z} from the
 * exponents {@code N^-1 mod (p-1)}, {@code N^-1 mod (q-1)}, {@code x} as {@code y'^(((p+1)/4)²)}
 * mod each prime (the principal fourth root). Both sides can spread the repetitions over an
 * {@link Executor}.
 *
 * <p>Encoding: {@code w}, then for each {@code i}: {@code x_i}, {@code a_i}, {@code b_i} (one byte
 * each, 0 or 1); then the {@value #NTH_ROOT_REPETITIONS} {@code z_i}; the counts are fixed.
 */
public final class PaillierBlumModulusProof {

  /** Proof name in the transcript. */
  public static final String NAME = "cggmp21/mod";

  /** m, the number of fourth roots (Blum part): soundness 2^-m. */
  public static final int REPETITIONS = ZkSupport.REPETITIONS;

  /** The number of N-th roots: soundness α^-8 = 2^-128 once N has no prime factor below α. */
  public static final int NTH_ROOT_REPETITIONS = 8;

  /** α: the verifier rules out every prime factor of N below it by trial division. */
  public static final int SMALL_PRIME_BOUND = 1 << 16;

  /** The product of every prime below {@link #SMALL_PRIME_BOUND}, for the trial division. */
  private static final BigInteger SMALL_PRIMES_PRODUCT = productOfPrimesBelow(SMALL_PRIME_BOUND);

  private static final BigInteger FOUR = BigInteger.valueOf(4);

  private final BigInteger w;
  private final BigInteger[] roots;
  private final boolean[] signs;
  private final boolean[] twists;
  private final BigInteger[] nthRoots;

  private PaillierBlumModulusProof(
      BigInteger w, BigInteger[] roots, boolean[] signs, boolean[] twists, BigInteger[] nthRoots) {
    this.w = w;
    this.roots = roots;
    this.signs = signs;
    this.twists = twists;
    this.nthRoots = nthRoots;
  }

  /** Proves that the key's modulus is a Paillier–Blum modulus, sequentially. */
  public static PaillierBlumModulusProof prove(
      ProofContext context, PaillierSecretKey key, SecureRandom random) {
    return prove(context, key, random, Runnable::run);
  }

  /**
   * Proves that the key's modulus is a Paillier–Blum modulus, spreading the repetitions over
   * {@code executor}. A key that is not one (a prime {@code ≢ 3 mod 4}, a composite "prime") yields
   * a proof that does not verify.
   */
  public static PaillierBlumModulusProof prove(
      ProofContext context, PaillierSecretKey key, SecureRandom random, Executor executor) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(random, "random");
    BigInteger n = key.publicKey().n();
    BigInteger p = key.secretPrimeP();
    BigInteger q = key.secretPrimeQ();
    CrtModulus crt = key.secretCrtModN();
    BigInteger pMinusOne = p.subtract(BigInteger.ONE);
    BigInteger qMinusOne = q.subtract(BigInteger.ONE);
    BigInteger nInverseModP = n.modInverse(pMinusOne);
    BigInteger nInverseModQ = n.modInverse(qMinusOne);
    BigInteger fourthRootP = fourthRootExponent(p);
    BigInteger fourthRootQ = fourthRootExponent(q);

    BigInteger w;
    do {
      w = ZkSupport.randomUnit(n, random);
    } while (ZkSupport.jacobi(w, n) != -1);
    int wp = ZkSupport.jacobi(w, p);
    int wq = ZkSupport.jacobi(w, q);
    final BigInteger witness = w;

    BigInteger[] y = challenge(context, n, w);
    BigInteger[] roots = new BigInteger[REPETITIONS];
    boolean[] signs = new boolean[REPETITIONS];
    boolean[] twists = new boolean[REPETITIONS];
    BigInteger[] nthRoots = new BigInteger[NTH_ROOT_REPETITIONS];
    Parallel.forEach(
        REPETITIONS,
        executor,
        i -> {
          BigInteger yp = y[i].mod(p);
          BigInteger yq = y[i].mod(q);
          if (i < NTH_ROOT_REPETITIONS) {
            nthRoots[i] = crt.combine(yp.modPow(nInverseModP, p), yq.modPow(nInverseModQ, q));
          }
          // Legendre symbols of -1 are -1 for p ≡ q ≡ 3 (mod 4); choose (a, b) so that
          // (-1)^a w^b y is a square modulo both primes.
          int lp = ZkSupport.jacobi(yp, p);
          int lq = ZkSupport.jacobi(yq, q);
          boolean b = lp * lq != 1;
          if (b) {
            lp *= wp;
            lq *= wq;
          }
          boolean a = lp == -1;
          BigInteger twisted = y[i];
          if (b) {
            twisted = twisted.multiply(witness);
          }
          if (a) {
            twisted = twisted.negate();
          }
          twisted = twisted.mod(n);
          roots[i] =
              crt.combine(
                  twisted.mod(p).modPow(fourthRootP, p), twisted.mod(q).modPow(fourthRootQ, q));
          signs[i] = a;
          twists[i] = b;
        });
    return new PaillierBlumModulusProof(w, roots, signs, twists, nthRoots);
  }

  /** Verifies sequentially. */
  public void verify(ProofContext context, PaillierPublicKey key) throws GeneralSecurityException {
    verify(context, key, Runnable::run);
  }

  /**
   * Verifies, spreading the m exponentiations {@code z_i^N} over {@code executor}.
   *
   * @throws GeneralSecurityException naming the failed check and repetition
   */
  public void verify(ProofContext context, PaillierPublicKey key, Executor executor)
      throws GeneralSecurityException {
    Objects.requireNonNull(context, "context");
    BigInteger n = key.n();
    if (!n.testBit(0)) {
      throw new GeneralSecurityException("mod: N is even");
    }
    if (n.isProbablePrime(64)) {
      throw new GeneralSecurityException("mod: N is prime");
    }
    if (!n.gcd(SMALL_PRIMES_PRODUCT).equals(BigInteger.ONE)) {
      throw new GeneralSecurityException("mod: N has a prime factor below 2^16");
    }
    if (roots.length != REPETITIONS || nthRoots.length != NTH_ROOT_REPETITIONS
        || signs.length != REPETITIONS || twists.length != REPETITIONS) {
      throw new GeneralSecurityException("mod: wrong number of repetitions");
    }
    ZkSupport.requireUnit(w, n, "mod: w");
    if (ZkSupport.jacobi(w, n) != -1) {
      throw new GeneralSecurityException("mod: w does not have Jacobi symbol -1");
    }
    for (int i = 0; i < REPETITIONS; i++) {
      ZkSupport.requireUnit(roots[i], n, "mod: x[" + i + "]");
    }
    for (int i = 0; i < NTH_ROOT_REPETITIONS; i++) {
      ZkSupport.requireUnit(nthRoots[i], n, "mod: z[" + i + "]");
    }
    BigInteger[] y = challenge(context, n, w);
    String[] failures = new String[REPETITIONS];
    AtomicBoolean failed = new AtomicBoolean();
    Parallel.forEach(
        REPETITIONS,
        executor,
        i -> {
          if (failed.get()) {
            return;
          }
          if (i < NTH_ROOT_REPETITIONS && !nthRoots[i].modPow(n, n).equals(y[i])) {
            failures[i] = "mod: z^N != y in repetition " + i;
            failed.set(true);
            return;
          }
          BigInteger expected = y[i];
          if (twists[i]) {
            expected = expected.multiply(w);
          }
          if (signs[i]) {
            expected = expected.negate();
          }
          if (!roots[i].modPow(FOUR, n).equals(expected.mod(n))) {
            failures[i] = "mod: x^4 != (-1)^a·w^b·y in repetition " + i;
            failed.set(true);
          }
        });
    for (String failure : failures) {
      if (failure != null) {
        throw new GeneralSecurityException(failure);
      }
    }
  }

  /** Writes w, then (x_i, a_i, b_i) for each repetition, then the N-th roots z_i. */
  public void write(ByteWriter writer) {
    writer.writeUnsigned(w);
    for (int i = 0; i < REPETITIONS; i++) {
      writer.writeUnsigned(roots[i]).writeBit(signs[i]).writeBit(twists[i]);
    }
    for (BigInteger z : nthRoots) {
      writer.writeUnsigned(z);
    }
  }

  /** Reads a proof (sizes bounded; values checked by {@link #verify}). */
  public static PaillierBlumModulusProof read(ByteReader reader) throws MalformedMessageException {
    BigInteger w = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    BigInteger[] roots = new BigInteger[REPETITIONS];
    boolean[] signs = new boolean[REPETITIONS];
    boolean[] twists = new boolean[REPETITIONS];
    BigInteger[] nthRoots = new BigInteger[NTH_ROOT_REPETITIONS];
    for (int i = 0; i < REPETITIONS; i++) {
      roots[i] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
      signs[i] = reader.readBit();
      twists[i] = reader.readBit();
    }
    for (int i = 0; i < NTH_ROOT_REPETITIONS; i++) {
      nthRoots[i] = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    }
    return new PaillierBlumModulusProof(w, roots, signs, twists, nthRoots);
  }

  /** A proof from raw fields (arrays copied); for tests of the verifier. */
  static PaillierBlumModulusProof of(
      BigInteger w, BigInteger[] roots, boolean[] signs, boolean[] twists, BigInteger[] nthRoots) {
    return new PaillierBlumModulusProof(
        w, roots.clone(), signs.clone(), twists.clone(), nthRoots.clone());
  }

  BigInteger w() {
    return w;
  }

  BigInteger[] roots() {
    return roots.clone();
  }

  boolean[] signs() {
    return signs.clone();
  }

  boolean[] twists() {
    return twists.clone();
  }

  BigInteger[] nthRoots() {
    return nthRoots.clone();
  }

  /** The product of the primes below {@code bound} (sieve of Eratosthenes), computed once. */
  private static BigInteger productOfPrimesBelow(int bound) {
    boolean[] composite = new boolean[bound];
    BigInteger product = BigInteger.ONE;
    for (int i = 2; i < bound; i++) {
      if (!composite[i]) {
        product = product.multiply(BigInteger.valueOf(i));
        for (long j = (long) i * i; j < bound; j += i) {
          composite[(int) j] = true;
        }
      }
    }
    return product;
  }

  /** The exponent {@code ((p+1)/4)² mod (p-1)} giving the principal fourth root mod p. */
  private static BigInteger fourthRootExponent(BigInteger p) {
    BigInteger k = p.add(BigInteger.ONE).shiftRight(2);
    return k.multiply(k).mod(p.subtract(BigInteger.ONE));
  }

  private static BigInteger[] challenge(ProofContext context, BigInteger n, BigInteger w) {
    return Transcript.start(context, NAME)
        .append("N", n)
        .append("w", w)
        .challengeUnits("y", n, REPETITIONS);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PaillierBlumModulusProof)) {
      return false;
    }
    PaillierBlumModulusProof other = (PaillierBlumModulusProof) o;
    return w.equals(other.w)
        && Arrays.equals(roots, other.roots)
        && Arrays.equals(signs, other.signs)
        && Arrays.equals(twists, other.twists)
        && Arrays.equals(nthRoots, other.nthRoots);
  }

  @Override
  public int hashCode() {
    return Objects.hash(w, Arrays.hashCode(roots), Arrays.hashCode(nthRoots));
  }

  @Override
  public String toString() {
    return "PaillierBlumModulusProof[m=" + REPETITIONS + "]";
  }
}
