package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.EjectWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.RecoverWalletCommand;
import dev.tandem.application.port.in.RotateBackupKeyCommand;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.secret.BackupEncryptionKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A backup ciphertext that was made with another key, changed, cut short or made for another wallet
 * never provisions anything: always {@code BACKUP_CIPHERTEXT_INVALID}, with one message.
 */
class BackupCiphertextE2eTest {
  private static final String INVALID = EncryptedClientBackup.invalid().getMessage();

  private final EmbeddedTandem tandem = SharedTandem.TANDEM;
  private final WalletId wallet = SharedTandem.main().wallet().walletId();
  private final EncryptedClientBackup backup = SharedTandem.main().backup().backup();
  private final EncryptedClientBackup otherWalletsBackup = SharedTandem.other().backup().backup();

  /** Parses the bytes, as a caller does, and provisions with them. */
  private void provision(byte[] ciphertext) {
    tandem.provisionWallet.provisionWallet(
        new ProvisionWalletCommand(
            IdempotencyKey.random(), wallet, EncryptedClientBackup.parse(ciphertext), "device"),
        SigningShareSink.NONE,
        ProgressListener.IGNORE);
  }

  private static void assertInvalid(TandemException e) {
    assertEquals(ErrorCode.BACKUP_CIPHERTEXT_INVALID, e.code());
    assertEquals(INVALID, e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void theWrongKey_isRejected() {
    BackupEncryptionKey original = tandem.keyStorage.get(wallet, backup.keyId());
    tandem.keyStorage.delete(wallet, backup.keyId());
    tandem.keyStorage.create(wallet, backup.keyId(), BackupEncryptionKey.generate(tandem.random));
    try {
      assertInvalid(
          assertFailsWith(
              ErrorCode.BACKUP_CIPHERTEXT_INVALID, () -> provision(backup.toByteArray())));
      assertInvalid(
          assertFailsWith(
              ErrorCode.BACKUP_CIPHERTEXT_INVALID,
              () -> tandem.eject.ejectWallet(new EjectWalletCommand(wallet, backup))));
    } finally {
      tandem.keyStorage.delete(wallet, backup.keyId());
      tandem.keyStorage.create(wallet, backup.keyId(), original);
    }
  }

  /**
   * Every single-bit change anywhere. A change inside the key id can name a key that does not
   * exist, which is reported as {@code ENCRYPTION_KEY_NOT_FOUND} (the key is looked up before
   * anything can be authenticated); every other change is {@code BACKUP_CIPHERTEXT_INVALID}.
   */
  @Test
  void everyFlippedBit_isRejected() {
    byte[] bytes = backup.toByteArray();
    int keyIdLength = backup.keyId().value().getBytes(StandardCharsets.UTF_8).length;
    int headerLength =
        4
            + 1
            + 3 * 2
            + backup.walletId().value().length()
            + backup.backupPairId().value().length()
            + keyIdLength;
    int keyIdStart = headerLength - keyIdLength;
    int pairsBefore = tandem.pairs(wallet).size();
    for (int bit = 0; bit < 8 * bytes.length; bit++) {
      byte[] tampered = bytes.clone();
      tampered[bit / 8] ^= (byte) (1 << (bit % 8));
      TandemException e = assertThrowsTandem(() -> provision(tampered));
      boolean inKeyId = bit / 8 >= keyIdStart && bit / 8 < headerLength;
      if (inKeyId && e.code() == ErrorCode.ENCRYPTION_KEY_NOT_FOUND) {
        continue;
      }
      assertInvalid(e);
    }
    assertEquals(pairsBefore, tandem.pairs(wallet).size(), "no attempt reached the custodian");
  }

  @Test
  void everyTruncation_isRejected() {
    byte[] bytes = backup.toByteArray();
    for (int length = 0; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertInvalid(assertThrowsTandem(() -> provision(truncated)));
    }
    assertInvalid(assertThrowsTandem(() -> provision(Arrays.copyOf(bytes, bytes.length + 1))));
  }

  @Test
  void anotherWalletsBackup_isRejectedEverywhere() {
    assertInvalid(assertThrowsTandem(() -> provision(otherWalletsBackup.toByteArray())));
    assertInvalid(
        assertThrowsTandem(
            () ->
                tandem.recoverWallet.recoverWallet(
                    new RecoverWalletCommand(
                        IdempotencyKey.random(), wallet, otherWalletsBackup, null),
                    SigningShareSink.NONE,
                    ProgressListener.IGNORE)));
    assertInvalid(
        assertThrowsTandem(
            () ->
                tandem.rotateBackupKey.rotateBackupKey(
                    new RotateBackupKeyCommand(
                        IdempotencyKey.random(), wallet, otherWalletsBackup))));
    assertInvalid(
        assertThrowsTandem(
            () -> tandem.eject.ejectWallet(new EjectWalletCommand(wallet, otherWalletsBackup))));
  }

  @Test
  void rejectedAttempts_leaveTheBackupAndItsKeyInPlace() {
    assertTrue(tandem.keyStorage.list(wallet).contains(backup.keyId()));
    assertEquals(
        List.of(backup.backupPairId()),
        tandem.backupShares.listByWallet(wallet).stream().map(v -> v.value().pairId()).toList());
  }

  private static TandemException assertThrowsTandem(Executable call) {
    return assertThrows(TandemException.class, call);
  }
}
