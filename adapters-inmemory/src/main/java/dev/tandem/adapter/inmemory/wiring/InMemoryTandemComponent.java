package dev.tandem.adapter.inmemory.wiring;

import dagger.BindsInstance;
import dagger.Component;
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
 * The embedded deployment: the client and the custodian in one JVM, talking through the in-process
 * loopback channel, every record in memory. Needs no cloud account; nothing outlives the
 * component. It is the default for trying Tandem out, for tests, and for the {@code tandem demo}
 * command.
 *
 * <p>Create it once and share it: each instance is a separate world of wallets.
 *
 * <pre>{@code
 * InMemoryTandemComponent tandem = InMemoryTandemComponent.create(InMemoryTandemConfig.defaults());
 * CreateWalletResult wallet =
 *     tandem.createWallet().createWallet(
 *         CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
 * }</pre>
 */
@Singleton
@Component(
    modules = {
      InMemoryConfigModule.class,
      InMemoryStorageModule.class,
      LoopbackChannelModule.class,
      JsonShareCodecModule.class,
      UseCaseModule.class,
      MpcEngineModule.class
    })
public interface InMemoryTandemComponent {

  /** A component with the given configuration. */
  static InMemoryTandemComponent create(InMemoryTandemConfig config) {
    return DaggerInMemoryTandemComponent.factory().create(config);
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
    InMemoryTandemComponent create(@BindsInstance InMemoryTandemConfig config);
  }
}
