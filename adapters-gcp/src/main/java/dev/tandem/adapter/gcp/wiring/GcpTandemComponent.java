package dev.tandem.adapter.gcp.wiring;

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
 * The GCP deployment: the client and the custodian in one JVM, talking through the in-process
 * loopback channel, with the user's backup keys and the custodian's signing and backup shares in
 * Cloud Storage ({@link GcpClientsModule}, {@link GcsStorageModule}), sealed under the configured
 * key-encryption key. The use cases, channel and share codec are the shared modules of the
 * embedded deployment; the engine is {@link MpcEngineModule}.
 *
 * <p>The custodian's session registry, which refuses a replayed protocol run, is in the bucket
 * too ({@link dev.tandem.adapter.gcp.GcsSessionRegistry}, through {@link GcsStorageModule}): it
 * survives restarts and is shared by every instance on the bucket and prefix.
 *
 * <p><strong>Process-local parts.</strong> The wallet lock, the idempotency store and the audit log
 * are the in-memory adapters ({@link ProcessLocalStateModule}): they live in this component only,
 * not in the bucket. One component (one process) per bucket and prefix is safe; a custodian run as
 * several instances needs durable implementations of those three ports, which are not built.
 *
 * <p>Create it once and share it: the custodian's open sessions and the Cloud Storage client are
 * per component.
 *
 * <pre>{@code
 * GcpTandemComponent tandem = GcpTandemComponent.create(
 *     GcpTandemConfig.builder()
 *         .bucket("my-tandem-bucket")
 *         .prefix("tandem/prod")
 *         .keyEncryptionKey(KeyEncryptionKey.fromBase64("kek-2024-06", kekFromSecretManager))
 *         .build());
 * CreateWalletResult wallet =
 *     tandem.createWallet().createWallet(
 *         CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
 * }</pre>
 */
@Singleton
@Component(
    modules = {
      GcpConfigModule.class,
      ProcessLocalStateModule.class,
      GcpClientsModule.class,
      GcsStorageModule.class,
      LoopbackChannelModule.class,
      JsonShareCodecModule.class,
      UseCaseModule.class,
      MpcEngineModule.class
    })
public interface GcpTandemComponent {

  /** A component with the given configuration. */
  static GcpTandemComponent create(GcpTandemConfig config) {
    return DaggerGcpTandemComponent.factory().create(config);
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
    GcpTandemComponent create(@BindsInstance GcpTandemConfig config);
  }
}
