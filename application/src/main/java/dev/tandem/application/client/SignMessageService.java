package dev.tandem.application.client;

import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignMessageUseCase;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.secret.ClientSigningShare;
import jakarta.inject.Inject;
import java.util.Objects;

/** {@link SignMessageUseCase}: the payload's digest, signed by the two parties. */
public final class SignMessageService implements SignMessageUseCase {
  private final ClientMpcEnginePort engine;
  private final CosignerChannelPort channel;

  @Inject
  public SignMessageService(ClientMpcEnginePort engine, CosignerChannelPort channel) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public SignMessageResult signMessage(SignMessageCommand command) {
    Objects.requireNonNull(command, "command");
    ClientSigningShare share = command.share();
    MessageHash hash = command.payload().digest();
    CosignerConversation custodian = new CosignerConversation(channel, share.walletId());
    try {
      Signature signature =
          engine.sign(
              share,
              hash,
              custodian.engine(
                  message -> new CosignRequest.Sign(share.walletId(), share.pairId(), message)));
      custodian.finished();
      return new SignMessageResult(signature, hash, share.publicKey().ethereumAddress());
    } catch (RuntimeException | Error e) {
      custodian.abandon();
      throw e;
    }
  }
}
