package dev.tandem.mpc;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * How the two-party ECDSA engine (PROTOCOL.md §3–§5) runs: the Paillier modulus size, the source of
 * randomness, the executor for parallel prime generation, proving and proof verification, and the
 * clock the client stamps the first message of each run with (PROTOCOL.md §1).
 *
 * <p>The modulus size is what a custodian generates (PROTOCOL.md §1: 2048 bits, or 3072) and the
 * smallest a client accepts; a client set to 3072 therefore rejects a custodian set to 2048.
 *
 * <p>The executor must run tasks concurrently to gain anything. Any executor works, a single
 * thread or a direct {@code Runnable::run} included, only slower: the engine's tasks never wait for
 * one another, and a thread that needs a result runs the task itself if no executor thread has
 * started it. Call the engine from the caller's own threads, not from the executor's.
 *
 * <p>The clock is the only one the engine reads, and only its client side reads it: the custodian
 * judges the client's timestamp with the clock of its {@link
 * dev.tandem.domain.port.SessionRegistryPort}. Where both parties run in one process, give them the
 * same clock.
 */
public final class EngineSettings {

  /** The default Paillier modulus size. */
  public static final int DEFAULT_PAILLIER_MODULUS_BITS = 2048;

  /** The larger size a deployment may configure. */
  public static final int LARGE_PAILLIER_MODULUS_BITS = 3072;

  private final int paillierModulusBits;
  private final SecureRandom random;
  private final Executor executor;
  private final Clock clock;

  /**
   * @param paillierModulusBits 2048 or 3072
   * @param random the only source of randomness of every protocol run
   * @param executor runs the parallel parts of key generation, refresh and signing
   * @param clock stamps the client's first message of each run
   */
  public EngineSettings(
      int paillierModulusBits, SecureRandom random, Executor executor, Clock clock) {
    if (paillierModulusBits != DEFAULT_PAILLIER_MODULUS_BITS
        && paillierModulusBits != LARGE_PAILLIER_MODULUS_BITS) {
      throw new IllegalArgumentException("the Paillier modulus size must be 2048 or 3072 bits");
    }
    this.paillierModulusBits = paillierModulusBits;
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The given modulus size, randomness and executor, and {@link Clock#systemUTC()}. */
  public EngineSettings(int paillierModulusBits, SecureRandom random, Executor executor) {
    this(paillierModulusBits, random, executor, Clock.systemUTC());
  }

  /** 2048-bit moduli, the given randomness and executor, and {@link Clock#systemUTC()}. */
  public EngineSettings(SecureRandom random, Executor executor) {
    this(DEFAULT_PAILLIER_MODULUS_BITS, random, executor);
  }

  /**
   * 2048-bit moduli, a new {@link SecureRandom}, a new {@link ForkJoinPool} with one worker per
   * processor (daemon threads that end when idle), and {@link Clock#systemUTC()}. Create it once
   * and share it.
   */
  public static EngineSettings defaults() {
    return new EngineSettings(
        DEFAULT_PAILLIER_MODULUS_BITS,
        new SecureRandom(),
        new ForkJoinPool(Runtime.getRuntime().availableProcessors()));
  }

  public int paillierModulusBits() {
    return paillierModulusBits;
  }

  public SecureRandom random() {
    return random;
  }

  public Executor executor() {
    return executor;
  }

  public Clock clock() {
    return clock;
  }

  /** These settings with another clock. */
  public EngineSettings withClock(Clock newClock) {
    return new EngineSettings(paillierModulusBits, random, executor, newClock);
  }

  @Override
  public String toString() {
    return "EngineSettings[paillierModulusBits=" + paillierModulusBits + "]";
  }
}
