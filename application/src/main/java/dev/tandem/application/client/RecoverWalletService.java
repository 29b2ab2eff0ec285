package dev.tandem.application.client;

import dev.tandem.application.backup.ClientBackupOpener;
import dev.tandem.application.port.in.RecoverWalletCommand;
import dev.tandem.application.port.in.RecoverWalletResult;
import dev.tandem.application.port.in.RecoverWalletUseCase;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.application.wire.ProvisionPurpose;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.ProgressListener;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * {@link RecoverWalletUseCase}: provisioning, then every other pair revoked in the same session.
 */
public final class RecoverWalletService implements RecoverWalletUseCase {
  private final BackupProvisioning provisioning;
  private final Idempotency idempotency;

  @Inject
  public RecoverWalletService(
      ClientMpcEnginePort engine,
      CosignerChannelPort channel,
      ClientBackupOpener opener,
      IdempotencyStorePort idempotencyStore) {
    this.provisioning =
        new BackupProvisioning(
            Objects.requireNonNull(engine, "engine"),
            Objects.requireNonNull(channel, "channel"),
            Objects.requireNonNull(opener, "opener"));
    this.idempotency =
        new Idempotency(Objects.requireNonNull(idempotencyStore, "idempotencyStore"));
  }

  @Override
  public RecoverWalletResult recoverWallet(
      RecoverWalletCommand command, SigningShareSink sink, ProgressListener progress) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    return idempotency.run(
        command.idempotencyKey(),
        "RecoverWallet " + command.walletId(),
        command.walletId(),
        RecoverWalletResult.class,
        progress,
        () -> {
          BackupProvisioning.Outcome outcome =
              provisioning.run(
                  command.walletId(),
                  command.backup(),
                  command.deviceLabel(),
                  ProvisionPurpose.RECOVER,
                  sink,
                  progress);
          return new RecoverWalletResult(outcome.share(), outcome.revokedPairIds());
        });
  }
}
