package dev.tandem.bench;

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
 * Two-party keygen (PROTOCOL.md §3), client and custodian in this process: both parties' Paillier
 * and ring-Pedersen prime generation, every proof and its verification, every message copied across.
 * Prime generation makes the time of one run vary widely, so read the median ({@code p0.50}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 6)
public class KeygenBenchmark {

  private InProcessParties parties;

  @Setup(Level.Trial)
  public void startParties() {
    parties = InProcessParties.start();
  }

  @TearDown(Level.Trial)
  public void stopParties() throws InterruptedException {
    parties.stop();
  }

  @Benchmark
  public InProcessParties.SigningPair keygen() {
    return parties.keygen();
  }
}
