package dev.tandem.domain.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.Party;
import org.junit.jupiter.api.Test;

class TandemExceptionTest {

  @Test
  void everyErrorCarriesItsStableCode() {
    assertEquals(ErrorCode.WALLET_NOT_FOUND, NotFoundException.wallet("w").code());
    assertEquals(ErrorCode.PAIR_NOT_FOUND, NotFoundException.pair("w", "p").code());
    assertEquals(ErrorCode.BACKUP_NOT_FOUND, NotFoundException.backup("w", "b").code());
    assertEquals(ErrorCode.ENCRYPTION_KEY_NOT_FOUND, NotFoundException.encryptionKey("w", "k").code());
    assertEquals(ErrorCode.PAIR_REVOKED, PairUnusableException.revoked("p").code());
    assertEquals(ErrorCode.PAIR_INCOMPLETE, PairUnusableException.incomplete("p").code());
    assertEquals(ErrorCode.PAIR_FROZEN, PairUnusableException.restore(ErrorCode.PAIR_FROZEN, "pair p is frozen").code());
    assertEquals(ErrorCode.WALLET_FROZEN, new WalletFrozenException("w").code());
    assertEquals(
        ErrorCode.WALLET_FROZEN, WalletFrozenException.afterFailedSignature("w", "p").code());
    assertEquals(ErrorCode.PAIR_LIMIT_REACHED, new PairLimitReachedException("w", 10).code());
    assertEquals(ErrorCode.OPERATION_IN_PROGRESS, new OperationInProgressException("w").code());
    assertEquals(ErrorCode.CONCURRENT_MODIFICATION, new WriteConflictException("x").code());
    assertEquals(ErrorCode.BACKUP_CIPHERTEXT_INVALID, new BackupCiphertextInvalidException("x").code());
  }

  @Test
  void messagesStartWithTheCode_andNameIds() {
    TandemException e = NotFoundException.pair("wallet-7", "pair-9");
    assertTrue(e.getMessage().startsWith("PAIR_NOT_FOUND: "), e.getMessage());
    assertTrue(e.getMessage().contains("wallet-7") && e.getMessage().contains("pair-9"));
  }

  @Test
  void retryability_followsTheCode() {
    assertTrue(new StorageUnavailableException("timeout", null).retryable());
    assertTrue(new OperationInProgressException("w").retryable());
    assertFalse(new StorageMisconfiguredException("denied", null).retryable());
    assertFalse(new InvalidInputException("x").retryable());
  }

  @Test
  void restoredExceptions_keepTheirCodeAndMessage_andRefuseForeignCodes() {
    NotFoundException pair = NotFoundException.restore(ErrorCode.PAIR_NOT_FOUND, "no pair p");
    assertEquals(ErrorCode.PAIR_NOT_FOUND, pair.code());
    assertEquals("PAIR_NOT_FOUND: no pair p", pair.getMessage());
    assertEquals(ErrorCode.PAIR_FROZEN, PairUnusableException.restore(ErrorCode.PAIR_FROZEN, "x").code());
    assertEquals("OPERATION_IN_PROGRESS: busy", OperationInProgressException.restore("busy").getMessage());
    ProtocolAbortedException aborted = ProtocolAbortedException.restore(Party.CLIENT, "bad proof");
    assertEquals(Party.CLIENT, aborted.faultyParty());
    assertEquals("PROTOCOL_ABORTED: bad proof", aborted.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> NotFoundException.restore(ErrorCode.PAIR_REVOKED, "x"));
    assertThrows(IllegalArgumentException.class,
        () -> PairUnusableException.restore(ErrorCode.WALLET_NOT_FOUND, "x"));
  }

  @Test
  void aFrozenWallet_andAFullWallet_areNotRetryable_andSayWhatToDo() {
    WalletFrozenException frozen = WalletFrozenException.afterFailedSignature("wallet-7", "pair-9");
    assertFalse(frozen.retryable());
    assertTrue(frozen.getMessage().contains("wallet-7"), frozen.getMessage());
    assertTrue(frozen.getMessage().contains("pair-9"), frozen.getMessage());
    assertTrue(new WalletFrozenException("wallet-7").getMessage().contains("wallet-7"));
    assertEquals(
        "WALLET_FROZEN: as sent", WalletFrozenException.restore("as sent").getMessage());

    PairLimitReachedException full = new PairLimitReachedException("wallet-7", 10);
    assertFalse(full.retryable());
    assertTrue(full.getMessage().contains("wallet-7"), full.getMessage());
    assertTrue(full.getMessage().contains("10 live signing pairs"), full.getMessage());
    assertTrue(full.getMessage().contains("revoke a pair to free a slot"), full.getMessage());
    assertEquals(
        "PAIR_LIMIT_REACHED: as sent", PairLimitReachedException.restore("as sent").getMessage());
  }

  @Test
  void protocolAbort_namesTheMisbehavingParty() {
    ProtocolAbortedException e = new ProtocolAbortedException(Party.CUSTODIAN, "bad proof");
    assertEquals(Party.CUSTODIAN, e.faultyParty());
    assertEquals(ErrorCode.PROTOCOL_ABORTED, e.code());
    assertTrue(e.getMessage().contains("CUSTODIAN"));
  }
}
