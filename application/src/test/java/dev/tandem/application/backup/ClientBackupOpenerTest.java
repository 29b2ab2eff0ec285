package dev.tandem.application.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.BackupCiphertextInvalidException;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.ProvisioningStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.ShareCodecPort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.KeyShare;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientBackupOpenerTest {
  private static final PublicKey G =
      PublicKey.of(
          Curve.SECP256K1,
          new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
          new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));
  private static final WalletId WALLET = WalletId.of("w");
  private static final BackupSharePairId PAIR = BackupSharePairId.of("b");
  private static final BackupKeyId KEY_ID = BackupKeyId.of("k");

  private final SecureRandom random = new SecureRandom();
  private final BackupCipher cipher = new BackupCipher(random);
  private final BackupEncryptionKey key = BackupEncryptionKey.generate(random);
  private final List<String> keyReads = new ArrayList<>();

  /** A key storage holding one key. */
  private final KeyStoragePort keyStorage =
      new KeyStoragePort() {
        @Override
        public void create(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey k) {
          throw new UnsupportedOperationException();
        }

        @Override
        public BackupEncryptionKey get(WalletId walletId, BackupKeyId keyId) {
          keyReads.add(keyId.value());
          if (!walletId.equals(WALLET) || !keyId.equals(KEY_ID)) {
            throw NotFoundException.encryptionKey(walletId, keyId);
          }
          return BackupEncryptionKey.of(SecretBytes.copyOf(key.secret().revealCopy()));
        }

        @Override
        public void delete(WalletId walletId, BackupKeyId keyId) {
          throw new UnsupportedOperationException();
        }

        @Override
        public List<BackupKeyId> list(WalletId walletId) {
          return List.of(KEY_ID);
        }
      };

  /** A codec whose document is "pair id|material". */
  private final ShareCodecPort codec =
      new ShareCodecPort() {
        @Override
        public byte[] encode(KeyShare share) {
          return (share.pairId().value()
                  + "|"
                  + new String(share.material().revealCopy(), StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public <S extends KeyShare> S decode(byte[] encoded, Class<S> expected) {
          String[] parts = new String(encoded, StandardCharsets.UTF_8).split("\\|", 2);
          if (parts.length != 2 || expected != ClientBackupShare.class) {
            throw new InvalidInputException("share document is malformed");
          }
          return expected.cast(
              new ClientBackupShare(
                  WALLET,
                  BackupSharePairId.of(parts[0]),
                  G,
                  SecretBytes.copyOf(parts[1].getBytes(StandardCharsets.UTF_8))));
        }
      };

  private final ClientBackupOpener opener = new ClientBackupOpener(keyStorage, codec, cipher);

  private EncryptedClientBackup backupOf(String plaintext) {
    return cipher.encrypt(WALLET, PAIR, KEY_ID, key, plaintext.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void opensTheShare_reportingReadDecryptParse() {
    List<ProvisioningStatus> statuses = new ArrayList<>();
    ClientBackupShare share =
        opener.open(WALLET, backupOf("b|secret"), (status, done) -> statuses.add(status));
    assertEquals(PAIR, share.pairId());
    assertEquals(
        List.of(
            ProvisioningStatus.READING_SHARE,
            ProvisioningStatus.DECRYPTING_SHARE,
            ProvisioningStatus.PARSING_SHARE),
        statuses);
  }

  @Test
  void anotherWalletsBackup_isRejectedBeforeAnyKeyIsRead() {
    assertThrows(
        BackupCiphertextInvalidException.class,
        () -> opener.open(WalletId.of("other"), backupOf("b|secret"), (s, d) -> {}));
    assertTrue(keyReads.isEmpty());
  }

  @Test
  void aShareOfAnotherPairInside_isRejected() {
    assertThrows(
        BackupCiphertextInvalidException.class,
        () -> opener.open(WALLET, backupOf("other-pair|secret"), (s, d) -> {}));
  }

  @Test
  void anUnparsablePlaintext_isRejected() {
    assertThrows(
        BackupCiphertextInvalidException.class,
        () -> opener.open(WALLET, backupOf("no separator"), (s, d) -> {}));
  }

  @Test
  void aMissingKey_isEncryptionKeyNotFound() {
    EncryptedClientBackup elsewhere =
        cipher.encrypt(WALLET, PAIR, BackupKeyId.of("gone"), key, new byte[] {1});
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> opener.open(WALLET, elsewhere, (s, d) -> {}));
    assertEquals(ErrorCode.ENCRYPTION_KEY_NOT_FOUND, e.code());
  }
}
