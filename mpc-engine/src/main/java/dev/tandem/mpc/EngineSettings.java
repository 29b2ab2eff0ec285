package dev.tandem.mpc;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * How the two-party ECDSA engine (PROTOCOL.md §3–§5) runs: the Paillier modulus size, the source of
 * randomness, and the executor for parallel prime generation, proving and proof verification.
 *
 * <p>The modulus size is what a custodian generates (PROTOCOL.md §1: 2048 bits, or 3072) and the
 * smallest a client accepts; a client set to 3072 therefore rejects a custodian set to 2048.
 *
 * <p>The executor must run tasks concurrently to gain anything. Any executor works, a single
 * thread or a direct {@code Runnable::run} included, only slower: the engine's tasks never wait for
 * one another, and a thread that needs a result runs the task itself if no executor thread has
 * started it. Call the engine from the caller's own threads, not from the executor's.
 */
public final class EngineSettings {

  /** The default Paillier modulus size. */
  public static final int DEFAULT_PAILLIER_MODULUS_BITS = 2048;

  /** The larger size a deployment may configure. */
  public static final int LARGE_PAILLIER_MODULUS_BITS = 3072;

  private final int paillierModulusBits;
  private final SecureRandom random;
  private final Executor executor;

  /**
   * @param paillierModulusBits 2048 or 3072
   * @param random the only source of randomness of every protocol run
   * @param executor runs the parallel parts of key generation, refresh and signing
   */
  public EngineSettings(int paillierModulusBits, SecureRandom random, Executor executor) {
    if (paillierModulusBits != DEFAULT_PAILLIER_MODULUS_BITS
        && paillierModulusBits != LARGE_PAILLIER_MODULUS_BITS) {
      throw new IllegalArgumentException("the Paillier modulus size must be 2048 or 3072 bits");
    }
    this.paillierModulusBits = paillierModulusBits;
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /** 2048-bit moduli, the given randomness and executor. */
  public EngineSettings(SecureRandom random, Executor executor) {
    this(DEFAULT_PAILLIER_MODULUS_BITS, random, executor);
  }

  /**
   * 2048-bit moduli, a new {@link SecureRandom}, and a new {@link ForkJoinPool} with one worker per
   * processor (daemon threads that end when idle). Create it once and share it.
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

  @Override
  public String toString() {
    return "EngineSettings[paillierModulusBits=" + paillierModulusBits + "]";
  }
}
