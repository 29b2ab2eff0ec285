package dev.tandem.adapter.inmemory.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.application.client.BackupWalletService;
import dev.tandem.application.client.CreateWalletService;
import dev.tandem.application.client.ProvisionWalletService;
import dev.tandem.application.client.RecoverWalletService;
import dev.tandem.application.client.RotateBackupKeyService;
import dev.tandem.application.client.SignMessageService;
import dev.tandem.application.custodian.CosignService;
import dev.tandem.application.custodian.EjectWalletService;
import dev.tandem.application.custodian.ListSigningSharePairsService;
import dev.tandem.application.custodian.RevokeSigningSharePairService;
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
import jakarta.inject.Singleton;

/**
 * Binds every use case of {@code dev.tandem.application.port.in} to its service, each a singleton
 * (the custodian's {@link CosignService} keeps the open sessions, so there must be exactly one).
 *
 * <p>It lives here rather than in the application module, which knows no Dagger, and names no
 * adapter, so every deployment's component includes it: the AWS and GCP components as well as
 * {@link InMemoryTandemComponent}. The component supplies the driven ports (engine, storage,
 * channel, codec), a {@link java.time.Clock}, a {@link java.security.SecureRandom} and the
 * custodian's {@link dev.tandem.application.custodian.CosignSettings}.
 */
@Module
public abstract class UseCaseModule {
  private UseCaseModule() {}

  // Client side

  @Binds
  @Singleton
  abstract CreateWalletUseCase createWallet(CreateWalletService service);

  @Binds
  @Singleton
  abstract BackupWalletUseCase backupWallet(BackupWalletService service);

  @Binds
  @Singleton
  abstract ProvisionWalletUseCase provisionWallet(ProvisionWalletService service);

  @Binds
  @Singleton
  abstract RecoverWalletUseCase recoverWallet(RecoverWalletService service);

  @Binds
  @Singleton
  abstract SignMessageUseCase signMessage(SignMessageService service);

  @Binds
  @Singleton
  abstract RotateBackupKeyUseCase rotateBackupKey(RotateBackupKeyService service);

  // Custodian side

  @Binds
  @Singleton
  abstract CosignUseCase cosign(CosignService service);

  @Binds
  @Singleton
  abstract ListSigningSharePairsUseCase listSigningSharePairs(ListSigningSharePairsService service);

  @Binds
  @Singleton
  abstract RevokeSigningSharePairUseCase revokeSigningSharePair(
      RevokeSigningSharePairService service);

  @Binds
  @Singleton
  abstract EjectWalletUseCase ejectWallet(EjectWalletService service);
}
