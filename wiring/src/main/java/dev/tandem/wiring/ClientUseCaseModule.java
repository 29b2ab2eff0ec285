package dev.tandem.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.application.client.BackupWalletService;
import dev.tandem.application.client.CreateWalletService;
import dev.tandem.application.client.ProvisionWalletService;
import dev.tandem.application.client.RecoverWalletService;
import dev.tandem.application.client.RotateBackupKeyService;
import dev.tandem.application.client.SignMessageService;
import dev.tandem.application.port.in.BackupWalletUseCase;
import dev.tandem.application.port.in.CreateWalletUseCase;
import dev.tandem.application.port.in.ProvisionWalletUseCase;
import dev.tandem.application.port.in.RecoverWalletUseCase;
import dev.tandem.application.port.in.RotateBackupKeyUseCase;
import dev.tandem.application.port.in.SignMessageUseCase;
import jakarta.inject.Singleton;

/**
 * Binds the client's six use cases to their services, each a singleton. The component supplies
 * the client engine, the {@link dev.tandem.domain.port.CosignerChannelPort} to the custodian, the
 * user's {@link dev.tandem.domain.port.KeyStoragePort}, the {@link
 * dev.tandem.domain.port.IdempotencyStorePort}, the share codec and a {@link
 * java.security.SecureRandom}.
 */
@Module
public abstract class ClientUseCaseModule {
  private ClientUseCaseModule() {}

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
}
