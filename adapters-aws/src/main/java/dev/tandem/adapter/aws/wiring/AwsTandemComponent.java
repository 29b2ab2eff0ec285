package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.ClientUseCaseModule;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.EmbeddedServices;
import dev.tandem.wiring.LoopbackChannelModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;

/**
 * The embedded deployment on AWS: the custodian's signing and backup share records and the user's
 * backup keys in an S3 bucket, every secret envelope-encrypted under a KMS key, credentials from
 * the SDK's default provider chain. The client and the custodian share the JVM and talk through
 * the in-process loopback channel ({@link LoopbackChannelModule}). The same roles run apart as
 * {@link AwsCustodianComponent} (the backend) and {@link AwsClientComponent} (given its channel).
 *
 * <p>The custodian's session registry, which refuses a replayed protocol run, is in the bucket
 * too ({@link dev.tandem.adapter.objectstore.ObjectStoreSessionRegistry}, through {@link S3StorageModule}): it
 * survives restarts and is shared by every instance on the bucket and prefix.
 *
 * <p><strong>Process-local state.</strong> The wallet lock, the idempotency store and the audit log
 * are process-local ({@link ProcessLocalStateModule}): they live and die with this component. One
 * custodian process is served correctly; a custodian running as several instances needs durable,
 * shared implementations of {@link dev.tandem.domain.port.WalletLockPort}, {@link
 * dev.tandem.domain.port.IdempotencyStorePort} and {@link dev.tandem.domain.port.AuditLogPort},
 * which are not built yet.
 *
 * <p>Create it once per process and share it: the S3 and KMS clients it builds keep their
 * connection pools for the life of the component, and its in-memory state is per instance.
 *
 * <pre>{@code
 * AwsTandemComponent tandem =
 *     AwsTandemComponent.create(
 *         AwsTandemConfig.builder("eu-west-1", "my-tandem-bucket", "alias/tandem")
 *             .keyPrefix("tandem")
 *             .build());
 * CreateWalletResult wallet =
 *     tandem.createWallet().createWallet(
 *         CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
 * }</pre>
 */
@Singleton
@Component(
    modules = {
      AwsConfigModule.class,
      AwsCredentialsModule.class,
      AwsClientsModule.class,
      S3StorageModule.class,
      ProcessLocalStateModule.class,
      LoopbackChannelModule.class,
      ShareCodecModule.class,
      ClientUseCaseModule.class,
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
public interface AwsTandemComponent extends EmbeddedServices {

  /** A component with the given configuration. */
  static AwsTandemComponent create(AwsTandemConfig config) {
    return DaggerAwsTandemComponent.factory().create(config);
  }

  /** Creates the component; {@code config} is bound for every module to read. */
  @Component.Factory
  interface Factory {
    AwsTandemComponent create(@BindsInstance AwsTandemConfig config);
  }
}
