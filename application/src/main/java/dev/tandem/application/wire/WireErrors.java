package dev.tandem.application.wire;

import dev.tandem.domain.error.BackupCiphertextInvalidException;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.error.OperationInProgressException;
import dev.tandem.domain.error.PairLimitReachedException;
import dev.tandem.domain.error.PairUnusableException;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.error.StateInvalidException;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.Party;
import java.util.Objects;

/**
 * Carries a {@link TandemException} across the wire: the custodian turns it into an {@link
 * CosignReply.ErrorReply} (code, message, faulty party), the client turns that back into the same
 * subtype with the same code and message, so that a caller cannot tell an embedded custodian from a
 * remote one.
 */
public final class WireErrors {

  private WireErrors() {}

  /** The error reply for {@code error}; {@code PROTOCOL_ABORTED} keeps its faulty party. */
  public static CosignReply.ErrorReply toReply(TandemException error) {
    Objects.requireNonNull(error, "error");
    Party party = error instanceof ProtocolAbortedException aborted ? aborted.faultyParty() : null;
    if (error.code() == ErrorCode.PROTOCOL_ABORTED && party == null) {
      party = Party.CUSTODIAN;
    }
    return new CosignReply.ErrorReply(error.code(), CosignWire.withoutCode(error), party);
  }

  /** The exception an error reply stands for, of the subtype its code belongs to. */
  public static TandemException toException(CosignReply.ErrorReply reply) {
    Objects.requireNonNull(reply, "reply");
    String message = reply.message();
    return switch (reply.code()) {
      case WALLET_NOT_FOUND, BACKUP_NOT_FOUND, ENCRYPTION_KEY_NOT_FOUND, PAIR_NOT_FOUND ->
          NotFoundException.restore(reply.code(), message);
      case PAIR_REVOKED, PAIR_INCOMPLETE, PAIR_FROZEN ->
          PairUnusableException.restore(reply.code(), message);
      case WALLET_FROZEN -> WalletFrozenException.restore(message);
      case PAIR_LIMIT_REACHED -> PairLimitReachedException.restore(message);
      case OPERATION_IN_PROGRESS -> OperationInProgressException.restore(message);
      case BACKUP_CIPHERTEXT_INVALID -> new BackupCiphertextInvalidException(message);
      case CONCURRENT_MODIFICATION -> new WriteConflictException(message);
      case STATE_INVALID -> new StateInvalidException(message);
      case STORAGE_UNAVAILABLE -> new StorageUnavailableException(message, null);
      case STORAGE_MISCONFIGURED -> new StorageMisconfiguredException(message, null);
      case STORED_DATA_INVALID -> new StoredDataInvalidException(message);
      case INVALID_INPUT -> new InvalidInputException(message);
      case PROTOCOL_ABORTED -> ProtocolAbortedException.restore(reply.faultyParty(), message);
    };
  }
}
