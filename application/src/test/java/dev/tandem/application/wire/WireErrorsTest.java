package dev.tandem.application.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WireErrorsTest {

  /** One exception of every code, as the custodian raises them. */
  private static final List<TandemException> EVERY_ERROR =
      List.of(
          NotFoundException.wallet("w-1"),
          NotFoundException.backup("w-1", "b-1"),
          NotFoundException.encryptionKey("w-1", "k-1"),
          new BackupCiphertextInvalidException("the backup ciphertext cannot be opened"),
          NotFoundException.pair("w-1", "p-1"),
          PairUnusableException.revoked("p-1"),
          PairUnusableException.incomplete("p-1"),
          PairUnusableException.restore(ErrorCode.PAIR_FROZEN, "pair p-1 is frozen"),
          WalletFrozenException.afterFailedSignature("w-1", "p-1"),
          new PairLimitReachedException("w-1", 10),
          new OperationInProgressException("w-1"),
          new WriteConflictException("signing share record p-1 of wallet w-1 already exists"),
          new StateInvalidException("wallet w-1 already exists"),
          new ProtocolAbortedException(Party.CLIENT, "Schnorr proof does not verify"),
          new ProtocolAbortedException(Party.CUSTODIAN, "unexpected message type"),
          new StorageUnavailableException("S3 timed out", null),
          new StorageMisconfiguredException("bucket b is missing", null),
          new StoredDataInvalidException("signing share record p-1 of wallet w-1 fails its tag"),
          new InvalidInputException("deviceLabel must be 1 to 64 printable characters"));

  @Test
  void everyErrorCode_isCovered() {
    Set<ErrorCode> covered = EnumSet.noneOf(ErrorCode.class);
    EVERY_ERROR.forEach(e -> covered.add(e.code()));
    assertEquals(EnumSet.allOf(ErrorCode.class), covered);
  }

  @Test
  void everyError_comesBackAsTheSameSubtypeCodeAndMessage() {
    for (TandemException original : EVERY_ERROR) {
      byte[] wire = CosignWire.encodeReply(WireErrors.toReply(original));
      TandemException received =
          WireErrors.toException((CosignReply.ErrorReply) CosignWire.decodeReply(wire));
      assertSame(original.getClass(), received.getClass(), original.getMessage());
      assertEquals(original.code(), received.code());
      assertEquals(original.getMessage(), received.getMessage());
    }
  }

  @Test
  void protocolAborted_keepsItsFaultyParty() {
    for (Party party : Party.values()) {
      CosignReply.ErrorReply reply =
          WireErrors.toReply(new ProtocolAbortedException(party, "reason"));
      assertEquals(party, reply.faultyParty());
      assertEquals(party, ((ProtocolAbortedException) WireErrors.toException(reply)).faultyParty());
    }
  }

  @Test
  void aMessageOfAnotherShape_stillKeepsItsCode() {
    TandemException received =
        WireErrors.toException(
            new CosignReply.ErrorReply(ErrorCode.PAIR_REVOKED, "something else entirely", null));
    assertEquals(ErrorCode.PAIR_REVOKED, received.code());
    assertTrue(received.getMessage().endsWith("something else entirely"));
  }

  @Test
  void theCodePrefix_isNotSentTwice() {
    CosignReply.ErrorReply reply = WireErrors.toReply(NotFoundException.wallet("w-1"));
    assertEquals("no wallet w-1", reply.message());
  }
}
