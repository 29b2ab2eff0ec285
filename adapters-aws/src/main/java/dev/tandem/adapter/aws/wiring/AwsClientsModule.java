package dev.tandem.adapter.aws.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.KmsClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3 and KMS clients, built from {@link AwsTandemConfig} with every timeout and the retry limit
 * set explicitly: connection and socket timeouts on the HTTP client, the per-attempt and per-call
 * timeouts and the standard retry strategy's attempt count on the SDK client. Credentials come from
 * whatever binds {@link AwsCredentialsProvider} (the default chain, through {@link
 * AwsCredentialsModule}).
 *
 * <p>The clients are singletons owning their HTTP connection pools: whoever owns the component
 * closes them on shutdown. The provider methods are public so that a program without Dagger can
 * build the same clients.
 */
@Module
public final class AwsClientsModule {
  private AwsClientsModule() {}

  @Provides
  @Singleton
  public static S3Client s3Client(AwsTandemConfig config, AwsCredentialsProvider credentials) {
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(config.region()))
            .credentialsProvider(credentials)
            .httpClientBuilder(httpClient(config))
            .overrideConfiguration(overrides(config))
            .forcePathStyle(config.s3PathStyleAccess());
    config.s3Endpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  @Provides
  @Singleton
  public static KmsClient kmsClient(AwsTandemConfig config, AwsCredentialsProvider credentials) {
    KmsClientBuilder builder =
        KmsClient.builder()
            .region(Region.of(config.region()))
            .credentialsProvider(credentials)
            .httpClientBuilder(httpClient(config))
            .overrideConfiguration(overrides(config));
    config.kmsEndpoint().ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static Apache5HttpClient.Builder httpClient(AwsTandemConfig config) {
    return Apache5HttpClient.builder()
        .connectionTimeout(config.connectionTimeout())
        .socketTimeout(config.socketTimeout())
        .connectionAcquisitionTimeout(config.apiCallAttemptTimeout())
        .maxConnections(config.maxConnections());
  }

  private static ClientOverrideConfiguration overrides(AwsTandemConfig config) {
    return ClientOverrideConfiguration.builder()
        .apiCallAttemptTimeout(config.apiCallAttemptTimeout())
        .apiCallTimeout(config.apiCallTimeout())
        .retryStrategy(
            AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(config.maxAttempts())
                .build())
        .build();
  }
}
