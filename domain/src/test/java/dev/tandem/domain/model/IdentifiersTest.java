package dev.tandem.domain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"w", "wallet-1", "a.b~c_d:e-f", "0", "UPPER.lower", "...a"})
  void legalIds_areAccepted(String value) {
    assertEquals(value, WalletId.of(value).value());
    assertEquals(value, SigningSharePairId.of(value).toString());
  }

  @Test
  void idOf128Characters_isAccepted_129IsNot() {
    assertEquals(128, WalletId.of("x".repeat(128)).value().length());
    assertThrows(InvalidInputException.class, () -> WalletId.of("x".repeat(129)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "a/b", "a b", "é", "a\nb", "a%2F", "a?b", "a#b"})
  void illegalIds_areRejectedWithInvalidInput(String value) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WalletId.of(value));
    assertEquals(ErrorCode.INVALID_INPUT, e.code());
  }

  @Test
  void nullId_isRejected() {
    assertThrows(InvalidInputException.class, () -> new BackupSharePairId(null));
  }

  @Test
  void randomIds_differ() {
    assertNotEquals(WalletId.random(), WalletId.random());
    assertNotEquals(BackupKeyId.random(), BackupKeyId.random());
  }

  @Test
  void signingAndBackupPairIds_neverEqualEachOther() {
    PairId signing = SigningSharePairId.of("same");
    PairId backup = BackupSharePairId.of("same");
    assertNotEquals(signing, backup);
  }
}
