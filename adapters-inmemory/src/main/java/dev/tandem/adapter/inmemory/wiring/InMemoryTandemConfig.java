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
 */
public record InMemoryTandemConfig(
    int paillierModulusBits,
    Duration sessionTimeout,
    Duration allowedClockSkew,
    Clock clock,
    SecureRandom random) {

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
  }

  /**
   * 2048-bit Paillier moduli, the custodian's default session timeout ({@link
   * CosignSettings#DEFAULT}), {@link SessionWindow#DEFAULT_ALLOWED_CLOCK_SKEW}, the system clock in
   * UTC and a new {@link SecureRandom}.
   */
  public static InMemoryTandemConfig defaults() {
    return new InMemoryTandemConfig(
        EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS,
        CosignSettings.DEFAULT.sessionTimeout(),
        SessionWindow.DEFAULT_ALLOWED_CLOCK_SKEW,
        Clock.systemUTC(),
        new SecureRandom());
  }

  public InMemoryTandemConfig withPaillierModulusBits(int bits) {
    return new InMemoryTandemConfig(bits, sessionTimeout, allowedClockSkew, clock, random);
  }

  public InMemoryTandemConfig withSessionTimeout(Duration timeout) {
    return new InMemoryTandemConfig(
        paillierModulusBits, timeout, allowedClockSkew, clock, random);
  }

  public InMemoryTandemConfig withAllowedClockSkew(Duration skew) {
    return new InMemoryTandemConfig(paillierModulusBits, sessionTimeout, skew, clock, random);
  }

  public InMemoryTandemConfig withClock(Clock newClock) {
    return new InMemoryTandemConfig(
        paillierModulusBits, sessionTimeout, allowedClockSkew, newClock, random);
  }

  public InMemoryTandemConfig withRandom(SecureRandom newRandom) {
    return new InMemoryTandemConfig(
        paillierModulusBits, sessionTimeout, allowedClockSkew, clock, newRandom);
  }

  /** What the custodian's use cases need. */
  public CosignSettings cosignSettings() {
    return new CosignSettings(sessionTimeout);
  }

  /** What the session registry applies: the session timeout as window, and the allowed skew. */
  public SessionWindow sessionWindow() {
    return new SessionWindow(sessionTimeout, allowedClockSkew);
  }
}
