package dev.tandem.application.backup;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.ProvisioningStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.ShareCodecPort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.ClientBackupShare;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Objects;

/**
 * Gets the client backup share back out of its ciphertext: reads the key from the user's key
 * storage, decrypts, parses. Shared by provisioning, recovery, key rotation and eject.
 */
public final class ClientBackupOpener {
  private final KeyStoragePort keyStorage;
  private final ShareCodecPort shareCodec;
  private final BackupCipher cipher;

  @Inject
  public ClientBackupOpener(
      KeyStoragePort keyStorage, ShareCodecPort shareCodec, BackupCipher cipher) {
    this.keyStorage = Objects.requireNonNull(keyStorage, "keyStorage");
    this.shareCodec = Objects.requireNonNull(shareCodec, "shareCodec");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
  }

  /**
   * The client backup share in {@code backup}, which must be a backup of {@code walletId}. Reports
   * {@code READING_SHARE}, {@code DECRYPTING_SHARE} and {@code PARSING_SHARE} as it goes. The
   * caller destroys the returned share.
   *
   * @throws dev.tandem.domain.error.BackupCiphertextInvalidException if the backup names another
   *     wallet, does not open with its key, or holds anything but the client backup share of the
   *     wallet and backup pair its header names
   * @throws dev.tandem.domain.error.NotFoundException with {@code ENCRYPTION_KEY_NOT_FOUND} if the
   *     key storage has no key under the id the header names (deleted by a later backup or a key
   *     rotation, or an id changed in transit)
   */
  public ClientBackupShare open(
      WalletId walletId, EncryptedClientBackup backup, ProgressListener progress) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(backup, "backup");
    Objects.requireNonNull(progress, "progress");
    if (!backup.walletId().equals(walletId)) {
      throw EncryptedClientBackup.invalid();
    }
    progress.onProgress(ProvisioningStatus.READING_SHARE, false);
    BackupEncryptionKey key = keyStorage.get(walletId, backup.keyId());
    byte[] plaintext = null;
    try {
      progress.onProgress(ProvisioningStatus.DECRYPTING_SHARE, false);
      plaintext = cipher.decrypt(backup, key);
      progress.onProgress(ProvisioningStatus.PARSING_SHARE, false);
      ClientBackupShare share;
      try {
        share = shareCodec.decode(plaintext, ClientBackupShare.class);
      } catch (InvalidInputException e) {
        throw EncryptedClientBackup.invalid();
      }
      if (!share.walletId().equals(backup.walletId())
          || !share.pairId().equals(backup.backupPairId())) {
        share.destroy();
        throw EncryptedClientBackup.invalid();
      }
      return share;
    } finally {
      key.destroy();
      if (plaintext != null) {
        Arrays.fill(plaintext, (byte) 0);
      }
    }
  }
}
