package dev.tandem.adapter.aws.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.adapter.inmemory.wiring.JsonShareCodecModule;
import dev.tandem.adapter.inmemory.wiring.LoopbackChannelModule;
import dev.tandem.adapter.inmemory.wiring.UseCaseModule;
import dev.tandem.application.port.in.BackupWalletUseCase;
import dev.tandem.application.port.in.CosignUseCase;
import dev.tandem.application.port.in.CreateWalletUseCase;
import dev.tandem.application.port.in.EjectWalletUseCase;
import dev.tandem.application.port.in.ListSigningSharePairsUseCase;
import dev.tandem.application.port.in.ProvisionWalletUseCase;
import dev.tandem.application.port.in.RecoverWalletUseCase;
import dev.tandem.application.port.in.RevokeSigningSharePairUseCase;
import dev.tandem.application.port.in.RotateBackupKeyUseCase;
import dev.tandem.application.port.in.SignMessageUseCase;
import dev.tandem.domain.port.ShareCodecPort;
import dev.tandem.domain.port.SignatureVerifierPort;
import dev.tandem.mpc.MpcEngineModule;
import jakarta.inject.Singleton;

/**
 * The deployment on AWS: the custodian's signing and backup share records and the user's backup
 * keys in an S3 bucket, every secret envelope-encrypted under a KMS key, credentials from the SDK's
 * default provider chain. The client and the custodian share the JVM and talk through the
 * in-process loopback channel, as in {@link
 * dev.tandem.adapter.inmemory.wiring.InMemoryTandemComponent}; a deployment with a remote custodian
 * swaps {@link LoopbackChannelModule}.
 *
 * <p>The custodian's session registry, which refuses a replayed protocol run, is in the bucket
 * too ({@link dev.tandem.adapter.aws.S3SessionRegistry}, through {@link S3StorageModule}): it
 * survives restarts and is shared by every instance on the bucket and prefix.
 *
 * <p><strong>Process-local state.</strong> The wallet lock, the idempotency store and the audit log
 * are the in-memory adapters ({@link ProcessLocalStateModule}): they live and die with this
 * component. One custodian process is served correctly; a custodian running as several instances
 * needs durable, shared implementations of {@link dev.tandem.domain.port.WalletLockPort}, {@link
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
      JsonShareCodecModule.class,
      UseCaseModule.class,
      MpcEngineModule.class
    })
public interface AwsTandemComponent {

  /** A component with the given configuration. */
  static AwsTandemComponent create(AwsTandemConfig config) {
    return DaggerAwsTandemComponent.factory().create(config);
  }

  // Client side

  CreateWalletUseCase createWallet();

  BackupWalletUseCase backupWallet();

  ProvisionWalletUseCase provisionWallet();

  RecoverWalletUseCase recoverWallet();

  SignMessageUseCase signMessage();

  RotateBackupKeyUseCase rotateBackupKey();

  // Custodian side

  /** The endpoint behind the channel; the loopback channel of this component calls it. */
  CosignUseCase cosign();

  ListSigningSharePairsUseCase listSigningSharePairs();

  RevokeSigningSharePairUseCase revokeSigningSharePair();

  EjectWalletUseCase ejectWallet();

  // Shared

  /** The codec that turns key shares into the documents that are stored or encrypted. */
  ShareCodecPort shareCodec();

  /** Checks signatures independently of the signing path (Bouncy Castle). */
  SignatureVerifierPort signatureVerifier();

  /** Creates the component; {@code config} is bound for every module to read. */
  @Component.Factory
  interface Factory {
    AwsTandemComponent create(@BindsInstance AwsTandemConfig config);
  }
}
