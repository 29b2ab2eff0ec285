package dev.tandem.adapter.aws.wiring;

import dev.tandem.adapter.aws.AwsStorageSettings;
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
 * Everything a deployment on AWS configures: where to store, which KMS key, how long to wait, and
 * the settings every deployment has ({@link TandemSettings}: the engine's and the custodian's, the
 * clock and the randomness). Nothing here is secret; credentials come from the SDK's default
 * provider chain.
 *
 * <p>Every timeout and the retry limit are set on the SDK clients explicitly, never left to the
 * SDK's defaults, so that a storage outage surfaces as {@link
 * dev.tandem.domain.error.StorageUnavailableException} within a known time: at most {@link
 * #apiCallTimeout()} per call, whatever the retries.
 *
 * @param region the AWS region of the bucket and the KMS key, e.g. {@code eu-west-1}
 * @param bucket the S3 bucket (without Object Lock retention: see {@link
 *     dev.tandem.adapter.aws})
 * @param keyPrefix prepended to every object key; empty, or made to end with {@code /}
 * @param kmsKeyId the KMS key (id, ARN, alias name or alias ARN) that wraps every data key
 * @param s3Endpoint another S3 endpoint (an S3-compatible server, a VPC endpoint), if any
 * @param kmsEndpoint another KMS endpoint, if any
 * @param s3PathStyleAccess address the bucket in the path ({@code host/bucket/key}) rather than
 *     the host name; local S3-compatible servers usually need it
 * @param connectionTimeout how long to wait for a TCP connection
 * @param socketTimeout how long a connection may stay silent while an answer is awaited
 * @param apiCallAttemptTimeout how long one attempt (one HTTP request) may take
 * @param apiCallTimeout how long one call may take, all attempts and back-off included
 * @param maxAttempts attempts per call, the first included (1 = no retry)
 * @param maxConnections the size of each client's connection pool
 * @param settings the Paillier modulus size ({@value EngineSettings#DEFAULT_PAILLIER_MODULUS_BITS}
 *     by default), the session timeout (also a wallet lease's time-to-live and the session
 *     registry's window; default that of {@link CosignSettings#DEFAULT}), the allowed clock skew
 *     (default {@link SessionWindow#DEFAULT_ALLOWED_CLOCK_SKEW}), the clock (default the system
 *     clock in UTC), the randomness (default a new {@link SecureRandom} per built config) and the
 *     limit of live pairs per wallet (default {@value
 *     CosignSettings#DEFAULT_MAX_LIVE_PAIRS_PER_WALLET}); see {@link TandemSettings}
 */
public record AwsTandemConfig(
    String region,
    String bucket,
    String keyPrefix,
    String kmsKeyId,
    Optional<URI> s3Endpoint,
    Optional<URI> kmsEndpoint,
    boolean s3PathStyleAccess,
    Duration connectionTimeout,
    Duration socketTimeout,
    Duration apiCallAttemptTimeout,
    Duration apiCallTimeout,
    int maxAttempts,
    int maxConnections,
    TandemSettings settings) {

  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final int DEFAULT_MAX_CONNECTIONS = 50;
  public static final Duration DEFAULT_SESSION_TIMEOUT = CosignSettings.DEFAULT.sessionTimeout();

  public AwsTandemConfig {
    Objects.requireNonNull(region, "region");
    if (!region.matches("[a-z0-9-]{1,64}")) {
      throw new IllegalArgumentException("region must be an AWS region name such as eu-west-1");
    }
    Objects.requireNonNull(s3Endpoint, "s3Endpoint");
    Objects.requireNonNull(kmsEndpoint, "kmsEndpoint");
    requirePositive(connectionTimeout, "connectionTimeout");
    requirePositive(socketTimeout, "socketTimeout");
    requirePositive(apiCallAttemptTimeout, "apiCallAttemptTimeout");
    requirePositive(apiCallTimeout, "apiCallTimeout");
    if (apiCallAttemptTimeout.compareTo(apiCallTimeout) > 0) {
      throw new IllegalArgumentException("apiCallAttemptTimeout must not exceed apiCallTimeout");
    }
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts must be 1 to 10");
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1");
    }
    Objects.requireNonNull(settings, "settings");
    // Validates bucket, prefix and key id, and normalises the prefix.
    keyPrefix = new AwsStorageSettings(bucket, keyPrefix, kmsKeyId).keyPrefix();
  }

  /** A builder with the given required values and the documented defaults for the rest. */
  public static Builder builder(String region, String bucket, String kmsKeyId) {
    return new Builder(region, bucket, kmsKeyId);
  }

  /** What the storage adapters need: bucket, prefix and KMS key id. */
  public AwsStorageSettings storageSettings() {
    return new AwsStorageSettings(bucket, keyPrefix, kmsKeyId);
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

  public int maxLivePairsPerWallet() {
    return settings.maxLivePairsPerWallet();
  }

  /** What the custodian's use cases need: the session timeout and the limit of live pairs. */
  public CosignSettings cosignSettings() {
    return settings.cosignSettings();
  }

  /** What the session registry applies: the session timeout as window, and the allowed skew. */
  public SessionWindow sessionWindow() {
    return settings.sessionWindow();
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /** Builds an {@link AwsTandemConfig}; every optional value starts at its documented default. */
  public static final class Builder {
    private final String region;
    private final String bucket;
    private final String kmsKeyId;
    private String keyPrefix = "";
    private URI s3Endpoint;
    private URI kmsEndpoint;
    private boolean s3PathStyleAccess;
    private Duration connectionTimeout = DEFAULT_CONNECTION_TIMEOUT;
    private Duration socketTimeout = DEFAULT_SOCKET_TIMEOUT;
    private Duration apiCallAttemptTimeout = DEFAULT_API_CALL_ATTEMPT_TIMEOUT;
    private Duration apiCallTimeout = DEFAULT_API_CALL_TIMEOUT;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private int paillierModulusBits = EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS;
    private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
    private Duration allowedClockSkew = SessionWindow.DEFAULT_ALLOWED_CLOCK_SKEW;
    private int maxLivePairsPerWallet = CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET;
    private Clock clock = Clock.systemUTC();
    private SecureRandom random;

    private Builder(String region, String bucket, String kmsKeyId) {
      this.region = region;
      this.bucket = bucket;
      this.kmsKeyId = kmsKeyId;
    }

    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = keyPrefix;
      return this;
    }

    public Builder s3Endpoint(URI s3Endpoint) {
      this.s3Endpoint = s3Endpoint;
      return this;
    }

    public Builder kmsEndpoint(URI kmsEndpoint) {
      this.kmsEndpoint = kmsEndpoint;
      return this;
    }

    public Builder s3PathStyleAccess(boolean s3PathStyleAccess) {
      this.s3PathStyleAccess = s3PathStyleAccess;
      return this;
    }

    public Builder connectionTimeout(Duration connectionTimeout) {
      this.connectionTimeout = connectionTimeout;
      return this;
    }

    public Builder socketTimeout(Duration socketTimeout) {
      this.socketTimeout = socketTimeout;
      return this;
    }

    public Builder apiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
      this.apiCallAttemptTimeout = apiCallAttemptTimeout;
      return this;
    }

    public Builder apiCallTimeout(Duration apiCallTimeout) {
      this.apiCallTimeout = apiCallTimeout;
      return this;
    }

    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    public Builder paillierModulusBits(int paillierModulusBits) {
      this.paillierModulusBits = paillierModulusBits;
      return this;
    }

    public Builder sessionTimeout(Duration sessionTimeout) {
      this.sessionTimeout = sessionTimeout;
      return this;
    }

    public Builder allowedClockSkew(Duration allowedClockSkew) {
      this.allowedClockSkew = allowedClockSkew;
      return this;
    }

    public Builder maxLivePairsPerWallet(int maxLivePairsPerWallet) {
      this.maxLivePairsPerWallet = maxLivePairsPerWallet;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Default: a new {@link SecureRandom} per built config. */
    public Builder random(SecureRandom random) {
      this.random = random;
      return this;
    }

    public AwsTandemConfig build() {
      return new AwsTandemConfig(
          region,
          bucket,
          keyPrefix,
          kmsKeyId,
          Optional.ofNullable(s3Endpoint),
          Optional.ofNullable(kmsEndpoint),
          s3PathStyleAccess,
          connectionTimeout,
          socketTimeout,
          apiCallAttemptTimeout,
          apiCallTimeout,
          maxAttempts,
          maxConnections,
          new TandemSettings(
              paillierModulusBits,
              sessionTimeout,
              allowedClockSkew,
              clock,
              random != null ? random : new SecureRandom(),
              maxLivePairsPerWallet));
    }
  }
}
