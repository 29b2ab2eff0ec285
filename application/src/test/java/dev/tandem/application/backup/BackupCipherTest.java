package dev.tandem.application.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.error.BackupCiphertextInvalidException;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.BackupEncryptionKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BackupCipherTest {
  private static final WalletId WALLET = WalletId.of("wallet-1");
  private static final BackupSharePairId PAIR = BackupSharePairId.of("backup-1");
  private static final BackupKeyId KEY_ID = BackupKeyId.of("key-1");
  private static final byte[] PLAINTEXT =
      "{\"format\":1,\"kind\":\"client-backup\",\"material\":\"c2VjcmV0\"}"
          .getBytes(StandardCharsets.UTF_8);
  private static final String INVALID_MESSAGE = EncryptedClientBackup.invalid().getMessage();

  private final SecureRandom random = new SecureRandom();
  private final BackupCipher cipher = new BackupCipher(random);
  private final BackupEncryptionKey key = BackupEncryptionKey.generate(random);

  private EncryptedClientBackup encrypt() {
    return cipher.encrypt(WALLET, PAIR, KEY_ID, key, PLAINTEXT);
  }

  /** Parses and decrypts, as every reader of a backup does. */
  private byte[] open(byte[] bytes, BackupEncryptionKey withKey) {
    return cipher.decrypt(EncryptedClientBackup.parse(bytes), withKey);
  }

  private static void assertInvalid(Executable executable) {
    BackupCiphertextInvalidException e =
        assertThrows(BackupCiphertextInvalidException.class, executable);
    assertEquals(ErrorCode.BACKUP_CIPHERTEXT_INVALID, e.code());
    assertEquals(INVALID_MESSAGE, e.getMessage(), "the same message whatever the cause");
    assertNull(e.getCause(), "no cause that could tell which check failed");
  }

  @Test
  void roundTrip_givesThePlaintextAndTheIds() {
    EncryptedClientBackup backup = encrypt();
    EncryptedClientBackup parsed = EncryptedClientBackup.parse(backup.toByteArray());
    assertEquals(backup, parsed);
    assertEquals(WALLET, parsed.walletId());
    assertEquals(PAIR, parsed.backupPairId());
    assertEquals(KEY_ID, parsed.keyId());
    assertArrayEquals(PLAINTEXT, cipher.decrypt(parsed, key));
    assertEquals(backup, EncryptedClientBackup.fromBase64(backup.toBase64()));
  }

  @Test
  void layout_isMagicVersionIdsNonceLengthSealed() {
    byte[] bytes = encrypt().toByteArray();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    byte[] magic = new byte[4];
    in.get(magic);
    assertEquals("TNDB", new String(magic, StandardCharsets.US_ASCII));
    assertEquals(1, in.get());
    for (String id : new String[] {"wallet-1", "backup-1", "key-1"}) {
      byte[] read = new byte[in.getShort()];
      in.get(read);
      assertEquals(id, new String(read, StandardCharsets.UTF_8));
    }
    in.position(in.position() + 12);
    int sealedLength = in.getInt();
    assertEquals(PLAINTEXT.length + 16, sealedLength, "ciphertext and a 128-bit tag");
    assertEquals(sealedLength, in.remaining());
  }

  @Test
  void eachEncryption_usesAFreshNonce() {
    EncryptedClientBackup first = encrypt();
    EncryptedClientBackup second = encrypt();
    assertFalse(Arrays.equals(first.nonce(), second.nonce()));
    assertFalse(first.equals(second));
  }

  @Test
  void toString_showsIdsNotBytes() {
    EncryptedClientBackup backup = encrypt();
    String text = backup.toString();
    assertEquals(
        "EncryptedClientBackup[wallet=wallet-1, backupPair=backup-1, key=key-1, "
            + (PLAINTEXT.length + 16)
            + " sealed bytes]",
        text);
  }

  @Test
  void wrongKey_isRejected() {
    byte[] bytes = encrypt().toByteArray();
    assertInvalid(() -> open(bytes, BackupEncryptionKey.generate(random)));
  }

  @Test
  void everyFlippedBit_isRejected() {
    byte[] bytes = encrypt().toByteArray();
    for (int bit = 0; bit < 8 * bytes.length; bit++) {
      byte[] tampered = bytes.clone();
      tampered[bit / 8] ^= (byte) (1 << (bit % 8));
      assertInvalid(() -> open(tampered, key));
    }
  }

  @Test
  void everyTruncation_isRejected() {
    byte[] bytes = encrypt().toByteArray();
    for (int length = 0; length < bytes.length; length++) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertInvalid(() -> open(truncated, key));
    }
  }

  @Test
  void trailingBytes_areRejected() {
    byte[] bytes = encrypt().toByteArray();
    assertInvalid(() -> open(Arrays.copyOf(bytes, bytes.length + 1), key));
  }

  @Test
  void otherWalletInTheHeader_isRejected() {
    EncryptedClientBackup backup = encrypt();
    assertInvalid(() -> open(reheader(backup, WalletId.of("wallet-2"), PAIR, KEY_ID), key));
  }

  @Test
  void otherBackupPairInTheHeader_isRejected() {
    EncryptedClientBackup backup = encrypt();
    assertInvalid(
        () -> open(reheader(backup, WALLET, BackupSharePairId.of("backup-2"), KEY_ID), key));
  }

  @Test
  void otherKeyIdInTheHeader_isRejected() {
    EncryptedClientBackup backup = encrypt();
    assertInvalid(() -> open(reheader(backup, WALLET, PAIR, BackupKeyId.of("key-2")), key));
  }

  @Test
  void otherVersion_isRejected() {
    byte[] bytes = encrypt().toByteArray();
    bytes[4] = 2;
    assertInvalid(() -> EncryptedClientBackup.parse(bytes));
  }

  @Test
  void illegalIdInTheHeader_isRejected() {
    EncryptedClientBackup backup = encrypt();
    byte[] bytes = backup.toByteArray();
    bytes[7] = ' '; // the first character of the wallet id
    assertInvalid(() -> EncryptedClientBackup.parse(bytes));
  }

  @Test
  void garbage_isRejected() {
    assertInvalid(() -> EncryptedClientBackup.parse(null));
    assertInvalid(() -> EncryptedClientBackup.parse(new byte[0]));
    assertInvalid(() -> EncryptedClientBackup.parse(HexFormat.of().parseHex("00112233445566")));
    assertInvalid(() -> EncryptedClientBackup.fromBase64("not base64 !"));
    assertInvalid(() -> EncryptedClientBackup.fromBase64(null));
  }

  @Test
  void sealedShorterThanATag_isRejected() {
    EncryptedClientBackup backup = encrypt();
    ByteBuffer out = ByteBuffer.allocate(backup.header().length + 12 + 4 + 15);
    out.put(backup.header()).put(backup.nonce()).putInt(15).put(new byte[15]);
    assertInvalid(() -> EncryptedClientBackup.parse(out.array()));
  }

  /** The same nonce and sealed bytes behind a header naming other ids. */
  private static byte[] reheader(
      EncryptedClientBackup backup, WalletId wallet, BackupSharePairId pair, BackupKeyId keyId) {
    byte[] header = EncryptedClientBackup.header(wallet, pair, keyId);
    byte[] sealed = backup.sealed();
    ByteBuffer out = ByteBuffer.allocate(header.length + 12 + 4 + sealed.length);
    out.put(header).put(backup.nonce()).putInt(sealed.length).put(sealed);
    return out.array();
  }
}
