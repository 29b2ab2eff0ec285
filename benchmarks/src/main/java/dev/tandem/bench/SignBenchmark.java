package dev.tandem.bench;

import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
 * One two-party signature (PROTOCOL.md §4) on a random 32-byte hash, with a pair made once per
 * trial: both parties' nonces and proofs, the Paillier encryption and decryption, and both
 * verifications of the signature, every message copied across.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SignBenchmark {

  private InProcessParties parties;
  private InProcessParties.SigningPair pair;

  @Setup(Level.Trial)
  public void makePair() {
    parties = InProcessParties.start();
    pair = parties.keygen();
  }

  @TearDown(Level.Trial)
  public void stopParties() throws InterruptedException {
    parties.stop();
  }

  /** The hash is drawn inside the measurement; 32 bytes from ThreadLocalRandom cost nanoseconds. */
  @Benchmark
  public Signature sign() {
    byte[] hash = new byte[MessageHash.LENGTH];
    ThreadLocalRandom.current().nextBytes(hash);
    return parties.sign(pair, MessageHash.of(hash));
  }
}
