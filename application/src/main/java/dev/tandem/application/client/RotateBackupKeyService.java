package dev.tandem.application.client;

import dev.tandem.application.backup.BackupCipher;
import dev.tandem.application.backup.ClientBackupOpener;
import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.RotateBackupKeyCommand;
import dev.tandem.application.port.in.RotateBackupKeyResult;
import dev.tandem.application.port.in.RotateBackupKeyUseCase;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.ShareCodecPort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.ClientBackupShare;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@link RotateBackupKeyUseCase}: open the backup with the old key, encrypt it under a fresh key,
 * store the new key, have the custodian record its id, delete the old key.
 */
public final class RotateBackupKeyService implements RotateBackupKeyUseCase {
  private final CosignerChannelPort channel;
  private final KeyStoragePort keyStorage;
  private final ShareCodecPort shareCodec;
  private final BackupCipher cipher;
  private final ClientBackupOpener opener;
  private final Idempotency idempotency;
  private final SecureRandom random;

  @Inject
  public RotateBackupKeyService(
      CosignerChannelPort channel,
      KeyStoragePort keyStorage,
      ShareCodecPort shareCodec,
      BackupCipher cipher,
      ClientBackupOpener opener,
      IdempotencyStorePort idempotencyStore,
      SecureRandom random) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.keyStorage = Objects.requireNonNull(keyStorage, "keyStorage");
    this.shareCodec = Objects.requireNonNull(shareCodec, "shareCodec");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.idempotency =
        new Idempotency(Objects.requireNonNull(idempotencyStore, "idempotencyStore"));
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public RotateBackupKeyResult rotateBackupKey(RotateBackupKeyCommand command) {
    Objects.requireNonNull(command, "command");
    return idempotency.run(
        command.idempotencyKey(),
        "RotateBackupKey " + command.walletId(),
        command.walletId(),
        RotateBackupKeyResult.class,
        () -> rotate(command.walletId(), command.backup()));
  }

  private RotateBackupKeyResult rotate(WalletId walletId, EncryptedClientBackup backup) {
    ClientBackupShare share = opener.open(walletId, backup, ProgressListener.IGNORE);
    BackupKeyId newKeyId = BackupKeyId.random();
    BackupEncryptionKey newKey = BackupEncryptionKey.generate(random);
    byte[] plaintext = null;
    EncryptedClientBackup reencrypted;
    try {
      plaintext = shareCodec.encode(share);
      reencrypted = cipher.encrypt(walletId, backup.backupPairId(), newKeyId, newKey, plaintext);
      keyStorage.create(walletId, newKeyId, newKey);
    } finally {
      share.destroy();
      newKey.destroy();
      if (plaintext != null) {
        Arrays.fill(plaintext, (byte) 0);
      }
    }

    CosignerConversation custodian = new CosignerConversation(channel, walletId);
    try {
      custodian.acknowledge(
          new CosignRequest.RecordBackupKey(
              walletId, backup.backupPairId(), backup.keyId(), newKeyId));
      custodian.finished();
    } catch (RuntimeException | Error e) {
      // An error reply means the custodian kept the old key id: the new key opens nothing the
      // custodian knows of. If the channel failed instead, the custodian may have recorded it.
      if (custodian.lastReplyReceived()) {
        KeyCleanup.deleteQuietly(keyStorage, walletId, newKeyId);
      }
      throw e;
    }
    boolean previousKeyDeleted = KeyCleanup.deleteQuietly(keyStorage, walletId, backup.keyId());
    return new RotateBackupKeyResult(reencrypted, backup.keyId(), previousKeyDeleted);
  }
}
