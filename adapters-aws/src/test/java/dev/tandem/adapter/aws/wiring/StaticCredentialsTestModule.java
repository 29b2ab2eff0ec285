package dev.tandem.adapter.aws.wiring;

import dagger.Module;
import dagger.Provides;
import dev.tandem.adapter.aws.LocalAws;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/** The local test servers' credentials, in place of {@link AwsCredentialsModule}. */
@Module
final class StaticCredentialsTestModule {
  private StaticCredentialsTestModule() {}

  @Provides
  @Singleton
  static AwsCredentialsProvider credentialsProvider() {
    return LocalAws.credentials();
  }
}
