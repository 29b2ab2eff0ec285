package dev.tandem.application.client;

import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.CreateWalletUseCase;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.secret.ClientSigningShare;
import jakarta.inject.Inject;
import java.util.Objects;

/** {@link CreateWalletUseCase}: keygen with the custodian, hand-off, confirmation. */
public final class CreateWalletService implements CreateWalletUseCase {
  private static final String OPERATION = "CreateWallet";

  private final ClientMpcEnginePort engine;
  private final CosignerChannelPort channel;
  private final Idempotency idempotency;

  @Inject
  public CreateWalletService(
      ClientMpcEnginePort engine,
      CosignerChannelPort channel,
      IdempotencyStorePort idempotencyStore) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.idempotency =
        new Idempotency(Objects.requireNonNull(idempotencyStore, "idempotencyStore"));
  }

  @Override
  public CreateWalletResult createWallet(CreateWalletCommand command, SigningShareSink sink) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(sink, "sink");
    // The wallet id is not part of the operation: a retry that built a new command with another
    // random wallet id still gets the first wallet.
    return idempotency.run(
        command.idempotencyKey(),
        OPERATION,
        command.walletId(),
        CreateWalletResult.class,
        () -> create(command, sink));
  }

  private CreateWalletResult create(CreateWalletCommand command, SigningShareSink sink) {
    WalletId walletId = command.walletId();
    SigningSharePairId pairId = SigningSharePairId.random();
    CosignerConversation custodian = new CosignerConversation(channel, walletId);
    ClientSigningShare share = null;
    try {
      share =
          engine.generate(
              walletId,
              pairId,
              custodian.engine(
                  message ->
                      new CosignRequest.Generate(
                          walletId, pairId, command.deviceLabel(), message)));
      sink.store(share);
      custodian.acknowledge(new CosignRequest.ConfirmPair(walletId, pairId));
      custodian.finished();
      return new CreateWalletResult(share);
    } catch (RuntimeException | Error e) {
      custodian.abandon();
      if (share != null) {
        share.destroy();
      }
      throw e;
    }
  }
}
