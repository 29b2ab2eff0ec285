package dev.tandem.adapter.inmemory.wiring;

import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.mpc.EngineSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the embedded deployment configures. Nothing here is secret.
 *
 * @param paillierModulusBits the custodian's Paillier modulus size, and the smallest the client
 *     accepts: {@value EngineSettings#DEFAULT_PAILLIER_MODULUS_BITS} or {@value
 *     EngineSettings#LARGE_PAILLIER_MODULUS_BITS}
 * @param sessionTimeout how long a custodian session may stay idle before it expires; also the
 *     time-to-live of a wallet lease and the session registry's window
 * @param allowedClockSkew how far ahead of the custodian's clock the client's may run before its
 *     runs are refused as from the future; also how long past the window the session registry keeps
 *     an admitted id
 * @param clock the time of record timestamps, lease expiry, idempotency retention and the session
 *     registry, and the time the client stamps its runs with
 * @param random every random choice: protocol randomness, backup keys and nonces
 * @param maxLivePairsPerWallet how many live signing pairs (incomplete or completed) a wallet may
 *     have before provisioning is refused with {@code PAIR_LIMIT_REACHED} (see {@link
 *     CosignSettings#maxLivePairsPerWallet()})
 */
public record InMemoryTandemConfig(
    int paillierModulusBits,
    Duration sessionTimeout,
    Duration allowedClockSkew,
    Clock clock,
    SecureRandom random,
    int maxLivePairsPerWallet) {

  public InMemoryTandemConfig {
    if (paillierModulusBits != EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS
        && paillierModulusBits != EngineSettings.LARGE_PAILLIER_MODULUS_BITS) {
      throw new IllegalArgumentException(
          "paillierModulusBits must be "
              + EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS
              + " or "
              + EngineSettings.LARGE_PAILLIER_MODULUS_BITS);
    }
    Objects.requireNonNull(sessionTimeout, "sessionTimeout");
    if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
      throw new IllegalArgumentException("sessionTimeout must be positive");
    }
    Objects.requireNonNull(allowedClockSkew, "allowedClockSkew");
    if (allowedClockSkew.isNegative()) {
      throw new IllegalArgumentException("allowedClockSkew must not be negative");
    }
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    if (maxLivePairsPerWallet < 1) {
      throw new IllegalArgumentException("maxLivePairsPerWallet must be positive");
    }
  }

  /** A configuration with the default allowed clock skew and limit of live pairs per wallet. */
  public InMemoryTandemConfig(
      int paillierModulusBits, Duration sessionTimeout, Clock clock, SecureRandom random) {
    this(
        paillierModulusBits,
        sessionTimeout,
        SessionWindow.DEFAULT_ALLOWED_CLOCK_SKEW,
        clock,
        random,
        CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET);
  }

  /**
   * 2048-bit Paillier moduli, the custodian's default session timeout and limit of live pairs
   * ({@link CosignSettings#DEFAULT}), {@link SessionWindow#DEFAULT_ALLOWED_CLOCK_SKEW}, the system
   * clock in UTC and a new {@link SecureRandom}.
   */
  public static InMemoryTandemConfig defaults() {
    return new InMemoryTandemConfig(
        EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS,
        CosignSettings.DEFAULT.sessionTimeout(),
        SessionWindow.DEFAULT_ALLOWED_CLOCK_SKEW,
        Clock.systemUTC(),
        new SecureRandom(),
        CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET);
  }

  public InMemoryTandemConfig withPaillierModulusBits(int bits) {
    return new InMemoryTandemConfig(
        bits, sessionTimeout, allowedClockSkew, clock, random, maxLivePairsPerWallet);
  }

  public InMemoryTandemConfig withSessionTimeout(Duration timeout) {
    return new InMemoryTandemConfig(
        paillierModulusBits, timeout, allowedClockSkew, clock, random, maxLivePairsPerWallet);
  }

  public InMemoryTandemConfig withAllowedClockSkew(Duration skew) {
    return new InMemoryTandemConfig(
        paillierModulusBits, sessionTimeout, skew, clock, random, maxLivePairsPerWallet);
  }

  public InMemoryTandemConfig withClock(Clock newClock) {
    return new InMemoryTandemConfig(
        paillierModulusBits, sessionTimeout, allowedClockSkew, newClock, random,
        maxLivePairsPerWallet);
  }

  public InMemoryTandemConfig withRandom(SecureRandom newRandom) {
    return new InMemoryTandemConfig(
        paillierModulusBits, sessionTimeout, allowedClockSkew, clock, newRandom,
        maxLivePairsPerWallet);
  }

  public InMemoryTandemConfig withMaxLivePairsPerWallet(int limit) {
    return new InMemoryTandemConfig(
        paillierModulusBits, sessionTimeout, allowedClockSkew, clock, random, limit);
  }

  /** What the custodian's use cases need. */
  public CosignSettings cosignSettings() {
    return new CosignSettings(sessionTimeout).withMaxLivePairsPerWallet(maxLivePairsPerWallet);
  }

  /** What the session registry applies: the session timeout as window, and the allowed skew. */
  public SessionWindow sessionWindow() {
    return new SessionWindow(sessionTimeout, allowedClockSkew);
  }
}
