package dev.tandem.application.client;

import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.application.wire.WireErrors;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.CosignerExchange;
import java.util.List;
import java.util.function.Function;

/**
 * One custodian session seen from the client: wraps each request in its envelope, sends it over the
 * channel and turns an error reply back into its exception. Not thread-safe: one operation uses it.
 */
final class CosignerConversation {
  private final CosignerChannelPort channel;
  private final WalletId walletId;
  private final CosignerSessionId sessionId = CosignerSessionId.random();

  private boolean opened;
  private boolean finished;
  private boolean lastReplyReceived;

  CosignerConversation(CosignerChannelPort channel, WalletId walletId) {
    this.channel = channel;
    this.walletId = walletId;
  }

  /**
   * The channel as the engine sees it: its first message goes out in the {@code opening} request,
   * every later one as {@code STEP}; it gets back the custodian engine's reply.
   */
  CosignerExchange engine(Function<ProtocolMessage, CosignRequest> opening) {
    return message -> {
      ProtocolMessage protocolMessage = ProtocolMessage.of(message);
      CosignRequest request =
          opened
              ? new CosignRequest.Step(walletId, protocolMessage)
              : opening.apply(protocolMessage);
      CosignReply reply = send(request);
      if (reply instanceof CosignReply.EngineReply engineReply) {
        return engineReply.message().bytes();
      }
      throw new ProtocolAbortedException(
          Party.CUSTODIAN, "answered an engine message with an acknowledgement");
    };
  }

  /** Sends a request that the custodian acknowledges; returns the ids it answers with. */
  List<String> acknowledge(CosignRequest request) {
    CosignReply reply = send(request);
    if (reply instanceof CosignReply.Acknowledgement acknowledgement) {
      return acknowledgement.values();
    }
    throw new ProtocolAbortedException(
        Party.CUSTODIAN, "answered a confirmation with an engine message");
  }

  /** The session ended as the protocol wants: {@link #abandon()} does nothing any more. */
  void finished() {
    finished = true;
  }

  /**
   * Whether the last request got a reply (an error reply included). False when the channel failed:
   * the custodian may or may not have carried the request out.
   */
  boolean lastReplyReceived() {
    return lastReplyReceived;
  }

  /**
   * Best effort: tells the custodian to drop the session and its wallet lease now rather than at
   * expiry. Failures are ignored; the session expires anyway.
   */
  void abandon() {
    if (!opened || finished) {
      return;
    }
    finished = true;
    try {
      send(new CosignRequest.Abort(walletId));
    } catch (TandemException ignored) {
      // The custodian expires the session and its lease by itself.
    }
  }

  private CosignReply send(CosignRequest request) {
    opened = true;
    lastReplyReceived = false;
    byte[] raw = channel.exchange(sessionId, CosignWire.encodeRequest(request));
    CosignReply reply = CosignWire.decodeReply(raw);
    lastReplyReceived = true;
    if (reply instanceof CosignReply.ErrorReply error) {
      throw WireErrors.toException(error);
    }
    return reply;
  }
}
