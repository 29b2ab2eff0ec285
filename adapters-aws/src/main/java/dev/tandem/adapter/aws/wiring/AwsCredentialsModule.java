package dev.tandem.adapter.aws.wiring;

import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Credentials from the SDK's default provider chain: environment, system properties, web identity,
 * the shared profile files, then the container or instance role. A deployment that gets its
 * credentials another way swaps this module for its own binding of {@link AwsCredentialsProvider}.
 */
@Module
public final class AwsCredentialsModule {
  private AwsCredentialsModule() {}

  @Provides
  @Singleton
  static AwsCredentialsProvider credentialsProvider() {
    return DefaultCredentialsProvider.builder().build();
  }
}
