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
 * Provisioning: the refresh (PROTOCOL.md §5) of a backup pair, made once per trial, into a new
 * signing pair: the custodian's new Paillier key and its proofs, the client's verification, every
 * message copied across. The backup pair is only read, so every invocation starts from the same
 * one. Prime generation makes the time of one run vary widely, so read the median ({@code p0.50}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 6)
public class RefreshBenchmark {

  private InProcessParties parties;
  private InProcessParties.BackupPair backup;

  @Setup(Level.Trial)
  public void makeBackupPair() {
    parties = InProcessParties.start();
    backup = parties.backup(parties.keygen());
  }

  @TearDown(Level.Trial)
  public void stopParties() throws InterruptedException {
    parties.stop();
  }

  @Benchmark
  public InProcessParties.SigningPair refresh() {
    return parties.provision(backup);
  }
}
