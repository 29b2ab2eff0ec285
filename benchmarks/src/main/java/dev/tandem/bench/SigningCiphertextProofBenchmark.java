package dev.tandem.bench;

import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierKeyGenerator;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import dev.tandem.mpc.internal.zk.SigningCiphertextProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.ECPoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the proof of the signing ciphertext (PROTOCOL.md §2.2) spends its time, part by part, with
 * a 2048-bit Paillier key: the client's whole prover, the share of it left for round 3 once the
 * round-1 precomputation is done, and the custodian's verifier (which includes the decryption of
 * c3 the signature needs anyway). {@link SignBenchmark} measures the whole signature. This is the
 * one benchmark that reaches into the engine's internal package: it measures a part, not a use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SigningCiphertextProofBenchmark {

  private static final BigInteger Q = Secp256k1.order();

  private final SecureRandom random = new SecureRandom();
  private ForkJoinPool executor;
  private PaillierSecretKey key;
  private RingPedersenSecret own;
  private BigInteger x1;
  private BigInteger ckey;
  private ECPoint r2;
  private BigInteger a;
  private BigInteger b;
  private ECPoint pa;
  private ECPoint pb;
  private ProofContext context;
  private SigningCiphertextProof.Prover precomputed;
  private SigningCiphertextProof.Result result;

  @Setup(Level.Trial)
  public void makeKeys() {
    executor = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    key = new PaillierKeyGenerator(random, executor).generate();
    own = RingPedersenSecret.onPaillierPrimes(key.secretPrimeP(), key.secretPrimeQ(), random);
    x1 = Secp256k1.randomScalar(random);
    ckey = key.encrypt(x1, random);
    BigInteger x2 = Secp256k1.randomScalar(random);
    BigInteger k2 = Secp256k1.randomScalar(random);
    BigInteger r = Secp256k1.randomScalar(random);
    BigInteger m = Secp256k1.randomScalar(random);
    r2 = Secp256k1.multiplyBase(k2);
    a = k2.modInverse(Q).multiply(r).mod(Q);
    b = k2.modInverse(Q).multiply(m.add(r.multiply(x2))).mod(Q);
    pa = Secp256k1.multiplyBase(r);
    pb = Secp256k1.multiplyBase(m.add(r.multiply(x2)));
    byte[] sessionId = new byte[ProofContext.SESSION_ID_LENGTH];
    random.nextBytes(sessionId);
    context = new ProofContext("sign", 3, sessionId, "tandem/client", "tandem/custodian");
    result = prover().encryptAndProve(context, a, b, pa, pb, executor);
  }

  @Setup(Level.Invocation)
  public void precompute() {
    precomputed = prover().precompute(executor);
  }

  @TearDown(Level.Trial)
  public void stop() {
    executor.shutdownNow();
  }

  /** The client's whole prover: randomness, round-1 precomputation, round-3 completion. */
  @Benchmark
  public SigningCiphertextProof.Result proveWhole() {
    return prover().encryptAndProve(context, a, b, pa, pb, executor);
  }

  /** What is left of the prover at round 3, on the critical path. */
  @Benchmark
  public SigningCiphertextProof.Result proveRound3() {
    return precomputed.encryptAndProve(context, a, b, pa, pb, executor);
  }

  /** The custodian's verifier, with CRT, ending with the decryption of c3. */
  @Benchmark
  public BigInteger verifyAndDecrypt() throws GeneralSecurityException {
    return result
        .proof()
        .verifyAndDecrypt(
            context, key, own, ckey, x1, result.ciphertext(), r2, pa, pb, executor);
  }

  private SigningCiphertextProof.Prover prover() {
    return SigningCiphertextProof.Prover.draw(
        key.publicKey(), ckey, own.parameters(), r2, random);
  }
}
