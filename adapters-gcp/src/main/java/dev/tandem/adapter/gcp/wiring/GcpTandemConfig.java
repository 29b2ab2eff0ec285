package dev.tandem.adapter.gcp.wiring;

import dev.tandem.adapter.gcp.GcsLocation;
import dev.tandem.adapter.gcp.KeyEncryptionKey;
import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.mpc.EngineSettings;
import dev.tandem.wiring.TandemSettings;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the GCP adapters are configured with. Credentials are not here: the client uses
 * Application Default Credentials (a service account on GCP, {@code gcloud auth
 * application-default login} elsewhere), unless {@link Builder#hostOverride} points it at an
 * emulator, which needs none.
 *
 * <p>Timeouts bound every call: the client makes at most {@link #maxAttempts()} attempts, each
 * allowed {@link #requestTimeout()} to connect and to read, and gives up after {@link
 * #totalTimeout()} in all. (The SDK's own defaults retry for minutes.)
 *
 * <p>For the components it also carries the settings every deployment has ({@link
 * TandemSettings}): the Paillier modulus size, the custodian's session timeout (also the wallet
 * lease's time-to-live and the session registry's window), the clock skew the session registry
 * allows, the limit of live pairs per wallet, the clock and the randomness, each with the default
 * of {@link TandemSettings#defaults()}.
 *
 * <p>Holds the key-encryption key, so never a record: {@code toString} redacts it.
 */
public final class GcpTandemConfig {
  /** Attempts per call unless configured: the first try and three retries. */
  public static final int DEFAULT_MAX_ATTEMPTS = 4;

  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(30);

  private final String projectId;
  private final GcsLocation location;
  private final URI hostOverride;
  private final KeyEncryptionKey keyEncryptionKey;
  private final int maxAttempts;
  private final Duration requestTimeout;
  private final Duration totalTimeout;
  private final TandemSettings settings;

  private GcpTandemConfig(Builder builder) {
    this.projectId = builder.projectId;
    this.location =
        GcsLocation.of(
            Objects.requireNonNull(builder.bucket, "bucket"),
            Objects.requireNonNullElse(builder.prefix, ""));
    this.hostOverride = builder.hostOverride;
    this.keyEncryptionKey = Objects.requireNonNull(builder.keyEncryptionKey, "keyEncryptionKey");
    this.maxAttempts = builder.maxAttempts;
    this.requestTimeout = builder.requestTimeout;
    this.totalTimeout = builder.totalTimeout;
    this.settings =
        new TandemSettings(
            builder.paillierModulusBits,
            builder.sessionTimeout,
            builder.allowedClockSkew,
            builder.clock,
            builder.random != null ? builder.random : new SecureRandom(),
            builder.maxLivePairsPerWallet);
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    requirePositive(requestTimeout, "requestTimeout");
    requirePositive(totalTimeout, "totalTimeout");
    if (requestTimeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("requestTimeout must fit in an int of milliseconds");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The project to bill and to attribute requests to; empty to let the client find it. */
  public Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  public GcsLocation location() {
    return location;
  }

  /** An emulator's base URL ({@code http://localhost:9023}); empty for Cloud Storage itself. */
  public Optional<URI> hostOverride() {
    return Optional.ofNullable(hostOverride);
  }

  public KeyEncryptionKey keyEncryptionKey() {
    return keyEncryptionKey;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  public Duration totalTimeout() {
    return totalTimeout;
  }

  /** The settings every deployment has; the accessors below read them. */
  public TandemSettings settings() {
    return settings;
  }

  /**
   * The custodian's Paillier modulus size, and the smallest the client accepts: {@value
   * EngineSettings#DEFAULT_PAILLIER_MODULUS_BITS} (default) or {@value
   * EngineSettings#LARGE_PAILLIER_MODULUS_BITS}.
   */
  public int paillierModulusBits() {
    return settings.paillierModulusBits();
  }

  /** How long a custodian session may stay idle before it expires; also a wallet lease's TTL. */
  public Duration sessionTimeout() {
    return settings.sessionTimeout();
  }

  /**
   * How far ahead of the custodian's clock a client's may run before its runs are refused as from
   * the future; also how long past the window the session registry keeps an admitted id.
   */
  public Duration allowedClockSkew() {
    return settings.allowedClockSkew();
  }

  /**
   * How many live signing pairs (incomplete or completed) a wallet may have before provisioning is
   * refused with {@code PAIR_LIMIT_REACHED}; see {@link CosignSettings#maxLivePairsPerWallet()}.
   */
  public int maxLivePairsPerWallet() {
    return settings.maxLivePairsPerWallet();
  }

  /**
   * The time of record timestamps, lease expiry, idempotency retention and the session registry,
   * and the time the client stamps its runs with.
   */
  public Clock clock() {
    return settings.clock();
  }

  /** Every random choice of the use cases and the engine: protocol randomness, backup keys. */
  public SecureRandom random() {
    return settings.random();
  }

  /** What the custodian's use cases need. */
  public CosignSettings cosignSettings() {
    return settings.cosignSettings();
  }

  /** What the session registry applies: the session timeout as window, and the allowed skew. */
  public SessionWindow sessionWindow() {
    return settings.sessionWindow();
  }

  @Override
  public String toString() {
    return "GcpTandemConfig[project=" + projectId + ", location=" + location + ", host="
        + hostOverride + ", kek=" + keyEncryptionKey + ", maxAttempts=" + maxAttempts
        + ", requestTimeout=" + requestTimeout + ", totalTimeout=" + totalTimeout
        + ", paillierModulusBits=" + paillierModulusBits() + ", sessionTimeout="
        + sessionTimeout() + ", allowedClockSkew=" + allowedClockSkew() + ", maxLivePairsPerWallet="
        + maxLivePairsPerWallet() + ", clock=" + clock() + "]";
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /**
   * Bucket and key-encryption key are required; everything else has a default (for the component's
   * settings, those of {@link TandemSettings#defaults()}: 2048-bit Paillier moduli, {@link
   * CosignSettings#DEFAULT}'s session timeout and limit of live pairs per wallet, {@link
   * SessionWindow#DEFAULT_ALLOWED_CLOCK_SKEW}, the system clock in UTC, a new {@link SecureRandom}).
   */
  public static final class Builder {
    private String projectId;
    private String bucket;
    private String prefix = "";
    private URI hostOverride;
    private KeyEncryptionKey keyEncryptionKey;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration totalTimeout = DEFAULT_TOTAL_TIMEOUT;
    private int paillierModulusBits = EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS;
    private Duration sessionTimeout = CosignSettings.DEFAULT.sessionTimeout();
    private Duration allowedClockSkew = SessionWindow.DEFAULT_ALLOWED_CLOCK_SKEW;
    private int maxLivePairsPerWallet = CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET;
    private Clock clock = Clock.systemUTC();
    private SecureRandom random;

    private Builder() {}

    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId");
      return this;
    }

    public Builder bucket(String bucket) {
      this.bucket = Objects.requireNonNull(bucket, "bucket");
      return this;
    }

    /** Every object name starts with it (normalised to end with {@code /}); default none. */
    public Builder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /** Sends every request to this base URL, without credentials: for an emulator only. */
    public Builder hostOverride(URI hostOverride) {
      Objects.requireNonNull(hostOverride, "hostOverride");
      if (!hostOverride.isAbsolute() || hostOverride.getHost() == null) {
        throw new IllegalArgumentException("hostOverride must be an absolute http(s) URL");
      }
      this.hostOverride = hostOverride;
      return this;
    }

    public Builder keyEncryptionKey(KeyEncryptionKey keyEncryptionKey) {
      this.keyEncryptionKey = Objects.requireNonNull(keyEncryptionKey, "keyEncryptionKey");
      return this;
    }

    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** How long one attempt may take to connect, and then to read. */
    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
      return this;
    }

    /** How long a call may take over all its attempts. */
    public Builder totalTimeout(Duration totalTimeout) {
      this.totalTimeout = Objects.requireNonNull(totalTimeout, "totalTimeout");
      return this;
    }

    /** The Paillier modulus size: 2048 (default) or 3072. */
    public Builder paillierModulusBits(int bits) {
      this.paillierModulusBits = bits;
      return this;
    }

    /** How long a custodian session may stay idle; also a wallet lease's time-to-live. */
    public Builder sessionTimeout(Duration sessionTimeout) {
      this.sessionTimeout = Objects.requireNonNull(sessionTimeout, "sessionTimeout");
      return this;
    }

    /** How far ahead a client's clock may run; zero or more. Default one minute. */
    public Builder allowedClockSkew(Duration allowedClockSkew) {
      this.allowedClockSkew = Objects.requireNonNull(allowedClockSkew, "allowedClockSkew");
      return this;
    }

    /**
     * How many live signing pairs a wallet may have; default {@value
     * CosignSettings#DEFAULT_MAX_LIVE_PAIRS_PER_WALLET}.
     */
    public Builder maxLivePairsPerWallet(int maxLivePairsPerWallet) {
      this.maxLivePairsPerWallet = maxLivePairsPerWallet;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Default: a new {@link SecureRandom} per built config. */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    public GcpTandemConfig build() {
      return new GcpTandemConfig(this);
    }
  }
}
