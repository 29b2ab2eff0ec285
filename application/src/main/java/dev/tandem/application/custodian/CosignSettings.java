package dev.tandem.application.custodian;

import java.time.Duration;
import java.util.Objects;

/**
 * How the custodian keeps sessions and wallets.
 *
 * @param sessionTimeout how long a session may stay idle before it expires; also the time-to-live
 *     of the wallet lease a modifying session holds, renewed on each request
 * @param maxSessions how many sessions the custodian keeps at once; beyond it the least recently
 *     used session is evicted (and aborted), so a flood of opened sessions cannot exhaust memory
 * @param maxLivePairsPerWallet how many live signing pairs ({@code INCOMPLETE} or {@code
 *     COMPLETED}) a wallet may have: provisioning one more is refused with {@code
 *     PAIR_LIMIT_REACHED} until a pair is revoked. Recovery is never refused for it, since it
 *     revokes every other pair
 * @param freezeRetryDelay how long after a failed durable write of a wallet's freeze the custodian
 *     tries again in the background; the delay doubles after each failure, up to {@link
 *     #MAX_FREEZE_RETRY_DELAY} (or this delay, if longer). Every request that touches the wallet
 *     also tries again. Meanwhile the wallet is refused in-process all the same
 */
public record CosignSettings(
    Duration sessionTimeout,
    long maxSessions,
    int maxLivePairsPerWallet,
    Duration freezeRetryDelay) {
  /** Sessions kept at once by default: each holds a decoded share and protocol state. */
  public static final long DEFAULT_MAX_SESSIONS = 10_000;

  /** Live signing pairs per wallet by default: ten devices. */
  public static final int DEFAULT_MAX_LIVE_PAIRS_PER_WALLET = 10;

  /** The first background retry of a failed durable freeze, by default. */
  public static final Duration DEFAULT_FREEZE_RETRY_DELAY = Duration.ofSeconds(1);

  /** The longest the background retry of a durable freeze waits between two attempts. */
  public static final Duration MAX_FREEZE_RETRY_DELAY = Duration.ofMinutes(1);

  /** Five minutes: far beyond a protocol's round trips, short enough not to block a wallet long. */
  public static final CosignSettings DEFAULT = new CosignSettings(Duration.ofMinutes(5));

  public CosignSettings {
    requirePositive(sessionTimeout, "sessionTimeout");
    if (maxSessions < 1) {
      throw new IllegalArgumentException("maxSessions must be positive");
    }
    if (maxLivePairsPerWallet < 1) {
      throw new IllegalArgumentException("maxLivePairsPerWallet must be positive");
    }
    requirePositive(freezeRetryDelay, "freezeRetryDelay");
  }

  public CosignSettings(Duration sessionTimeout, long maxSessions) {
    this(
        sessionTimeout,
        maxSessions,
        DEFAULT_MAX_LIVE_PAIRS_PER_WALLET,
        DEFAULT_FREEZE_RETRY_DELAY);
  }

  public CosignSettings(Duration sessionTimeout) {
    this(sessionTimeout, DEFAULT_MAX_SESSIONS);
  }

  public CosignSettings withMaxLivePairsPerWallet(int limit) {
    return new CosignSettings(sessionTimeout, maxSessions, limit, freezeRetryDelay);
  }

  public CosignSettings withFreezeRetryDelay(Duration delay) {
    return new CosignSettings(sessionTimeout, maxSessions, maxLivePairsPerWallet, delay);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
