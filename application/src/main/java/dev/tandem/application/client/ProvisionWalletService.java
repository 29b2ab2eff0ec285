package dev.tandem.application.client;

import dev.tandem.application.backup.ClientBackupOpener;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.ProvisionWalletUseCase;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.application.wire.ProvisionPurpose;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.ProgressListener;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * {@link ProvisionWalletUseCase}: read the key, decrypt, parse, refresh the backup pair into a new
 * signing pair, hand the share over, confirm.
 */
public final class ProvisionWalletService implements ProvisionWalletUseCase {
  private final BackupProvisioning provisioning;
  private final Idempotency idempotency;

  @Inject
  public ProvisionWalletService(
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
  public ProvisionWalletResult provisionWallet(
      ProvisionWalletCommand command, SigningShareSink sink, ProgressListener progress) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(progress, "progress");
    return idempotency.run(
        command.idempotencyKey(),
        "ProvisionWallet " + command.walletId(),
        command.walletId(),
        ProvisionWalletResult.class,
        progress,
        () ->
            new ProvisionWalletResult(
                provisioning
                    .run(
                        command.walletId(),
                        command.backup(),
                        command.deviceLabel(),
                        ProvisionPurpose.PROVISION,
                        sink,
                        progress)
                    .share()));
  }
}
