package dev.tandem.adapter.inmemory.wiring;

import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.wiring.TandemSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the in-memory components configure: the settings every deployment has ({@link
 * TandemSettings}), and nothing more, since nothing is stored beyond the process. Nothing here is
 * secret.
 *
 * @param settings the Paillier modulus size, session timeout, allowed clock skew, clock,
 *     randomness and limit of live pairs per wallet
 */
public record InMemoryTandemConfig(TandemSettings settings) {

  public InMemoryTandemConfig {
    Objects.requireNonNull(settings, "settings");
  }

  /** A configuration with each of the settings; see {@link TandemSettings}. */
  public InMemoryTandemConfig(
      int paillierModulusBits,
      Duration sessionTimeout,
      Duration allowedClockSkew,
      Clock clock,
      SecureRandom random,
      int maxLivePairsPerWallet) {
    this(
        new TandemSettings(
            paillierModulusBits,
            sessionTimeout,
            allowedClockSkew,
            clock,
            random,
            maxLivePairsPerWallet));
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

  /** {@link TandemSettings#defaults()}. */
  public static InMemoryTandemConfig defaults() {
    return new InMemoryTandemConfig(TandemSettings.defaults());
  }

  public int paillierModulusBits() {
    return settings.paillierModulusBits();
  }

  public Duration sessionTimeout() {
    return settings.sessionTimeout();
  }

  public Duration allowedClockSkew() {
    return settings.allowedClockSkew();
  }

  public Clock clock() {
    return settings.clock();
  }

  public SecureRandom random() {
    return settings.random();
  }

  public int maxLivePairsPerWallet() {
    return settings.maxLivePairsPerWallet();
  }

  public InMemoryTandemConfig withPaillierModulusBits(int bits) {
    return new InMemoryTandemConfig(settings.withPaillierModulusBits(bits));
  }

  public InMemoryTandemConfig withSessionTimeout(Duration timeout) {
    return new InMemoryTandemConfig(settings.withSessionTimeout(timeout));
  }

  public InMemoryTandemConfig withAllowedClockSkew(Duration skew) {
    return new InMemoryTandemConfig(settings.withAllowedClockSkew(skew));
  }

  public InMemoryTandemConfig withClock(Clock newClock) {
    return new InMemoryTandemConfig(settings.withClock(newClock));
  }

  public InMemoryTandemConfig withRandom(SecureRandom newRandom) {
    return new InMemoryTandemConfig(settings.withRandom(newRandom));
  }

  public InMemoryTandemConfig withMaxLivePairsPerWallet(int limit) {
    return new InMemoryTandemConfig(settings.withMaxLivePairsPerWallet(limit));
  }

  /** What the custodian's use cases need. */
  public CosignSettings cosignSettings() {
    return settings.cosignSettings();
  }

  /** What the session registry applies: the session timeout as window, and the allowed skew. */
  public SessionWindow sessionWindow() {
    return settings.sessionWindow();
  }
}
