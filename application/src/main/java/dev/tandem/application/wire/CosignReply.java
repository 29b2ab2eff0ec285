package dev.tandem.application.wire;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.model.Party;
import java.util.List;
import java.util.Objects;

/** The custodian's answer to one request. */
public sealed interface CosignReply
    permits CosignReply.EngineReply, CosignReply.Acknowledgement, CosignReply.ErrorReply {

  /** The engine's next message. */
  record EngineReply(ProtocolMessage message) implements CosignReply {
    public EngineReply {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The request was carried out. {@code values} are ids the request asked for: the key ids of the
   * deleted older backups ({@code CONFIRM_BACKUP}), the revoked pair ids ({@code
   * REVOKE_OTHER_PAIRS}); empty otherwise.
   */
  record Acknowledgement(List<String> values) implements CosignReply {
    public static final Acknowledgement EMPTY = new Acknowledgement(List.of());

    public Acknowledgement {
      values = List.copyOf(values);
    }
  }

  /**
   * The request failed with {@code code}. {@code message} is the exception's message without its
   * code prefix (ids, never values). {@code faultyParty} is set exactly for {@code
   * PROTOCOL_ABORTED}.
   */
  record ErrorReply(ErrorCode code, String message, Party faultyParty) implements CosignReply {
    public ErrorReply {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      if ((code == ErrorCode.PROTOCOL_ABORTED) != (faultyParty != null)) {
        throw new IllegalArgumentException("a faulty party comes with PROTOCOL_ABORTED only");
      }
    }
  }
}
