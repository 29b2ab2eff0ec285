package dev.tandem.wiring;

import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.mpc.EngineSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What every deployment configures, whatever its storage: the engine's Paillier modulus size, the
 * custodian's session timeout and allowed clock skew, the clock, the randomness and the limit of
 * live pairs per wallet. Each deployment's configuration ({@code InMemoryTandemConfig}, {@code
 * AwsTandemConfig}, {@code GcpTandemConfig}) carries one and adds where it stores; {@link
 * TandemSettingsModule} turns it into the bindings the use cases and the engine need. Nothing here
 * is secret.
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
public record TandemSettings(
    int paillierModulusBits,
    Duration sessionTimeout,
    Duration allowedClockSkew,
    Clock clock,
    SecureRandom random,
    int maxLivePairsPerWallet) {

  public TandemSettings {
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
      throw new IllegalArgumentException("maxLivePairsPerWallet must be at least 1");
    }
  }

  /**
   * 2048-bit Paillier moduli, the custodian's default session timeout and limit of live pairs
   * ({@link CosignSettings#DEFAULT}), {@link SessionWindow#DEFAULT_ALLOWED_CLOCK_SKEW}, the system
   * clock in UTC and a new {@link SecureRandom}.
   */
  public static TandemSettings defaults() {
    return new TandemSettings(
        EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS,
        CosignSettings.DEFAULT.sessionTimeout(),
        SessionWindow.DEFAULT_ALLOWED_CLOCK_SKEW,
        Clock.systemUTC(),
        new SecureRandom(),
        CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET);
  }

  public TandemSettings withPaillierModulusBits(int bits) {
    return new TandemSettings(
        bits, sessionTimeout, allowedClockSkew, clock, random, maxLivePairsPerWallet);
  }

  public TandemSettings withSessionTimeout(Duration timeout) {
    return new TandemSettings(
        paillierModulusBits, timeout, allowedClockSkew, clock, random, maxLivePairsPerWallet);
  }

  public TandemSettings withAllowedClockSkew(Duration skew) {
    return new TandemSettings(
        paillierModulusBits, sessionTimeout, skew, clock, random, maxLivePairsPerWallet);
  }

  public TandemSettings withClock(Clock newClock) {
    return new TandemSettings(
        paillierModulusBits, sessionTimeout, allowedClockSkew, newClock, random,
        maxLivePairsPerWallet);
  }

  public TandemSettings withRandom(SecureRandom newRandom) {
    return new TandemSettings(
        paillierModulusBits, sessionTimeout, allowedClockSkew, clock, newRandom,
        maxLivePairsPerWallet);
  }

  public TandemSettings withMaxLivePairsPerWallet(int limit) {
    return new TandemSettings(
        paillierModulusBits, sessionTimeout, allowedClockSkew, clock, random, limit);
  }

  /** What the custodian's use cases need: the session timeout and the limit of live pairs. */
  public CosignSettings cosignSettings() {
    return new CosignSettings(sessionTimeout).withMaxLivePairsPerWallet(maxLivePairsPerWallet);
  }

  /** What the session registry applies: the session timeout as window, and the allowed skew. */
  public SessionWindow sessionWindow() {
    return new SessionWindow(sessionTimeout, allowedClockSkew);
  }
}
