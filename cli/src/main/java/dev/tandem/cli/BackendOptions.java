package dev.tandem.cli;

import dev.tandem.adapter.aws.wiring.AwsTandemComponent;
import dev.tandem.adapter.aws.wiring.AwsTandemConfig;
import dev.tandem.adapter.gcp.KeyEncryptionKey;
import dev.tandem.adapter.gcp.wiring.GcpTandemComponent;
import dev.tandem.adapter.gcp.wiring.GcpTandemConfig;
import dev.tandem.adapter.inmemory.wiring.InMemoryTandemComponent;
import dev.tandem.adapter.inmemory.wiring.InMemoryTandemConfig;
import dev.tandem.wiring.EmbeddedServices;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The settings of the {@code aws} and {@code gcp} backends, each from its option or else from its
 * environment variable (the option wins). Missing or malformed settings are reported by the name
 * of the option and of the variable, never with a secret's value.
 */
final class BackendOptions {
  static final String AWS_REGION = "TANDEM_AWS_REGION";
  static final String AWS_BUCKET = "TANDEM_AWS_BUCKET";
  static final String AWS_PREFIX = "TANDEM_AWS_PREFIX";
  static final String AWS_KMS_KEY_ID = "TANDEM_AWS_KMS_KEY_ID";
  static final String AWS_S3_ENDPOINT = "TANDEM_AWS_S3_ENDPOINT";
  static final String AWS_KMS_ENDPOINT = "TANDEM_AWS_KMS_ENDPOINT";
  static final String GCP_PROJECT = "TANDEM_GCP_PROJECT";
  static final String GCP_BUCKET = "TANDEM_GCP_BUCKET";
  static final String GCP_PREFIX = "TANDEM_GCP_PREFIX";
  static final String GCP_HOST = "TANDEM_GCP_HOST";
  static final String GCP_KEK = "TANDEM_GCP_KEK";
  static final String GCP_KEK_ID = "TANDEM_GCP_KEK_ID";

  /** The key-encryption key's id when none is given: recorded with every object it seals. */
  static final String DEFAULT_GCP_KEK_ID = "tandem-cli";

  @Option(
      names = "--aws-region",
      paramLabel = "REGION",
      description = "aws: the region of the bucket and the KMS key (or " + AWS_REGION + ").")
  private String awsRegion;

  @Option(
      names = "--aws-bucket",
      paramLabel = "BUCKET",
      description = "aws: the S3 bucket (or " + AWS_BUCKET + ").")
  private String awsBucket;

  @Option(
      names = "--aws-prefix",
      paramLabel = "PREFIX",
      description = "aws: prefix of every object key; default none (or " + AWS_PREFIX + ").")
  private String awsPrefix;

  @Option(
      names = "--aws-kms-key-id",
      paramLabel = "KEY",
      description = "aws: the KMS key (id, ARN or alias) that wraps every data key (or "
          + AWS_KMS_KEY_ID + ").")
  private String awsKmsKeyId;

  @Option(
      names = "--aws-s3-endpoint",
      paramLabel = "URL",
      description = "aws: another S3 endpoint, addressed path-style, e.g. a local S3-compatible"
          + " server (or " + AWS_S3_ENDPOINT + ").")
  private String awsS3Endpoint;

  @Option(
      names = "--aws-kms-endpoint",
      paramLabel = "URL",
      description = "aws: another KMS endpoint (or " + AWS_KMS_ENDPOINT + ").")
  private String awsKmsEndpoint;

  @Option(
      names = "--gcp-project",
      paramLabel = "PROJECT",
      description = "gcp: the project; default: the client's own (or " + GCP_PROJECT + ").")
  private String gcpProject;

  @Option(
      names = "--gcp-bucket",
      paramLabel = "BUCKET",
      description = "gcp: the Cloud Storage bucket (or " + GCP_BUCKET + ").")
  private String gcpBucket;

  @Option(
      names = "--gcp-prefix",
      paramLabel = "PREFIX",
      description = "gcp: prefix of every object name; default none (or " + GCP_PREFIX + ").")
  private String gcpPrefix;

  @Option(
      names = "--gcp-host",
      paramLabel = "URL",
      description = "gcp: an emulator's base URL, used without credentials (or " + GCP_HOST + ").")
  private String gcpHost;

  @Option(
      names = "--gcp-kek",
      paramLabel = "BASE64",
      description = "gcp: the key-encryption key, 32 bytes in Base64 (or " + GCP_KEK + ", which"
          + " keeps it out of the process list). Never printed.")
  private String gcpKek;

  @Option(
      names = "--gcp-kek-id",
      paramLabel = "ID",
      description = "gcp: the key-encryption key's id, recorded with what it seals; default "
          + DEFAULT_GCP_KEK_ID + " (or " + GCP_KEK_ID + ").")
  private String gcpKekId;

  /**
   * The embedded component of {@code backend}, configured from these options and {@code
   * environment}.
   *
   * @throws InvalidSettingsException if a required setting is missing or a value is malformed
   */
  EmbeddedServices open(Backend backend, UnaryOperator<String> environment) {
    return switch (backend) {
      case INMEMORY -> InMemoryTandemComponent.create(InMemoryTandemConfig.defaults());
      case AWS -> AwsTandemComponent.create(awsConfig(environment));
      case GCP -> GcpTandemComponent.create(gcpConfig(environment));
    };
  }

  AwsTandemConfig awsConfig(UnaryOperator<String> environment) {
    Settings settings = new Settings(environment);
    Optional<String> region = settings.required(awsRegion, "--aws-region", AWS_REGION);
    Optional<String> bucket = settings.required(awsBucket, "--aws-bucket", AWS_BUCKET);
    Optional<String> keyId = settings.required(awsKmsKeyId, "--aws-kms-key-id", AWS_KMS_KEY_ID);
    settings.failIfMissing("aws");
    Optional<URI> s3Endpoint =
        settings.optional(awsS3Endpoint, AWS_S3_ENDPOINT).map(u -> url(u, "--aws-s3-endpoint"));
    Optional<URI> kmsEndpoint =
        settings.optional(awsKmsEndpoint, AWS_KMS_ENDPOINT).map(u -> url(u, "--aws-kms-endpoint"));
    try {
      AwsTandemConfig.Builder builder =
          AwsTandemConfig.builder(region.orElseThrow(), bucket.orElseThrow(), keyId.orElseThrow())
              .keyPrefix(settings.optional(awsPrefix, AWS_PREFIX).orElse(""));
      s3Endpoint.ifPresent(endpoint -> builder.s3Endpoint(endpoint).s3PathStyleAccess(true));
      kmsEndpoint.ifPresent(builder::kmsEndpoint);
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("invalid aws settings: " + e.getMessage());
    }
  }

  GcpTandemConfig gcpConfig(UnaryOperator<String> environment) {
    Settings settings = new Settings(environment);
    Optional<String> bucket = settings.required(gcpBucket, "--gcp-bucket", GCP_BUCKET);
    Optional<String> kek = settings.required(gcpKek, "--gcp-kek", GCP_KEK);
    settings.failIfMissing("gcp");
    String kekId = settings.optional(gcpKekId, GCP_KEK_ID).orElse(DEFAULT_GCP_KEK_ID);
    KeyEncryptionKey keyEncryptionKey;
    try {
      keyEncryptionKey = KeyEncryptionKey.fromBase64(kekId, kek.orElseThrow());
    } catch (IllegalArgumentException e) {
      // The adapter's messages name the problem (not Base64, wrong length, bad id), not the key.
      throw new InvalidSettingsException(
          "invalid --gcp-kek / " + GCP_KEK + " or --gcp-kek-id / " + GCP_KEK_ID + ": "
              + e.getMessage());
    }
    try {
      GcpTandemConfig.Builder builder =
          GcpTandemConfig.builder()
              .bucket(bucket.orElseThrow())
              .prefix(settings.optional(gcpPrefix, GCP_PREFIX).orElse(""))
              .keyEncryptionKey(keyEncryptionKey);
      settings.optional(gcpProject, GCP_PROJECT).ifPresent(builder::projectId);
      settings
          .optional(gcpHost, GCP_HOST)
          .ifPresent(host -> builder.hostOverride(url(host, "--gcp-host")));
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("invalid gcp settings: " + e.getMessage());
    }
  }

  private static URI url(String text, String option) {
    try {
      URI uri = URI.create(text);
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(option + " must be an absolute http(s) URL");
    }
  }

  /** A setting that is missing or malformed; the message names it, never a secret value. */
  static final class InvalidSettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidSettingsException(String message) {
      super(message);
    }
  }

  /** Reads each setting from its option, else its variable; collects the missing ones. */
  private static final class Settings {
    private final UnaryOperator<String> environment;
    private final List<String> missing = new ArrayList<>();

    Settings(UnaryOperator<String> environment) {
      this.environment = environment;
    }

    Optional<String> optional(String option, String variable) {
      if (option != null && !option.isBlank()) {
        return Optional.of(option);
      }
      String value = environment.apply(variable);
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    Optional<String> required(String option, String optionName, String variable) {
      Optional<String> value = optional(option, variable);
      if (value.isEmpty()) {
        missing.add(optionName + " (or " + variable + ")");
      }
      return value;
    }

    void failIfMissing(String backend) {
      if (!missing.isEmpty()) {
        throw new InvalidSettingsException(
            "--backend " + backend + " needs " + String.join(", ", missing));
      }
    }
  }
}
