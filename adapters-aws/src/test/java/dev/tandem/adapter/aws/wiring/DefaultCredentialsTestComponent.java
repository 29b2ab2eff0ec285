package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The production credentials module wired with the clients module, as a deployment wires them. */
@Singleton
@Component(modules = {AwsCredentialsModule.class, AwsClientsModule.class})
interface DefaultCredentialsTestComponent {
  AwsCredentialsProvider credentials();

  S3Client s3();

  KmsClient kms();

  @Component.Factory
  interface Factory {
    DefaultCredentialsTestComponent create(@BindsInstance AwsTandemConfig config);
  }
}
