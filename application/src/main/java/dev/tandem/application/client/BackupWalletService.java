package dev.tandem.application.client;

import dev.tandem.application.backup.BackupCipher;
import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.BackupWalletCommand;
import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.BackupWalletUseCase;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.ProvisioningStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.IdempotencyStorePort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.ShareCodecPort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@link BackupWalletUseCase}: refresh into a backup pair, encrypt the client half under a fresh
 * key, store the key, confirm, delete the older backups' keys.
 */
public final class BackupWalletService implements BackupWalletUseCase {
  private final ClientMpcEnginePort engine;
  private final CosignerChannelPort channel;
  private final KeyStoragePort keyStorage;
  private final ShareCodecPort shareCodec;
  private final BackupCipher cipher;
  private final Idempotency idempotency;
  private final SecureRandom random;

  @Inject
  public BackupWalletService(
      ClientMpcEnginePort engine,
      CosignerChannelPort channel,
      KeyStoragePort keyStorage,
      ShareCodecPort shareCodec,
      BackupCipher cipher,
      IdempotencyStorePort idempotencyStore,
      SecureRandom random) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.keyStorage = Objects.requireNonNull(keyStorage, "keyStorage");
    this.shareCodec = Objects.requireNonNull(shareCodec, "shareCodec");
    this.cipher = Objects.requireNonNull(cipher, "cipher");
    this.idempotency =
        new Idempotency(Objects.requireNonNull(idempotencyStore, "idempotencyStore"));
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public BackupWalletResult backupWallet(BackupWalletCommand command, ProgressListener progress) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(progress, "progress");
    WalletId walletId = command.share().walletId();
    return idempotency.run(
        command.idempotencyKey(),
        "BackupWallet " + walletId,
        walletId,
        BackupWalletResult.class,
        progress,
        () -> backup(command.share(), progress));
  }

  private BackupWalletResult backup(ClientSigningShare source, ProgressListener progress) {
    WalletId walletId = source.walletId();
    BackupSharePairId backupPairId = BackupSharePairId.random();
    BackupKeyId keyId = BackupKeyId.random();
    CosignerConversation custodian = new CosignerConversation(channel, walletId);
    ClientBackupShare backupShare = null;
    BackupEncryptionKey key = null;
    byte[] plaintext = null;
    boolean confirmationSent = false;
    boolean confirmed = false;
    try {
      progress.onProgress(ProvisioningStatus.GENERATING_SHARE, false);
      backupShare =
          engine.backup(
              source,
              backupPairId,
              custodian.engine(
                  message ->
                      new CosignRequest.Backup(
                          walletId, source.pairId(), backupPairId, keyId, message)));

      progress.onProgress(ProvisioningStatus.ENCRYPTING_SHARE, false);
      key = BackupEncryptionKey.generate(random);
      plaintext = shareCodec.encode(backupShare);
      EncryptedClientBackup encrypted =
          cipher.encrypt(walletId, backupPairId, keyId, key, plaintext);

      progress.onProgress(ProvisioningStatus.STORING_SHARE, false);
      keyStorage.create(walletId, keyId, key);
      confirmationSent = true;
      List<String> olderKeyIds =
          custodian.acknowledge(new CosignRequest.ConfirmBackup(walletId, backupPairId));
      confirmed = true;
      custodian.finished();
      List<BackupKeyId> notDeleted = new ArrayList<>();
      for (BackupKeyId olderKey : parseKeyIds(olderKeyIds)) {
        if (!olderKey.equals(keyId) && !KeyCleanup.deleteQuietly(keyStorage, walletId, olderKey)) {
          notDeleted.add(olderKey);
        }
      }
      progress.onProgress(ProvisioningStatus.DONE, true);
      return new BackupWalletResult(encrypted, notDeleted);
    } catch (RuntimeException | Error e) {
      // The custodian refuses the confirmation as a whole or not at all, so an error reply means
      // the new backup never completes and its key opens nothing: delete it. Not if the channel
      // failed after the confirmation went out: the backup may be complete and then needs the key.
      boolean confirmationRefused = confirmationSent && !confirmed && custodian.lastReplyReceived();
      custodian.abandon();
      if (confirmationRefused) {
        KeyCleanup.deleteQuietly(keyStorage, walletId, keyId);
      }
      throw e;
    } finally {
      if (backupShare != null) {
        backupShare.destroy();
      }
      if (key != null) {
        key.destroy();
      }
      if (plaintext != null) {
        Arrays.fill(plaintext, (byte) 0);
      }
    }
  }

  private static List<BackupKeyId> parseKeyIds(List<String> values) {
    List<BackupKeyId> keyIds = new ArrayList<>(values.size());
    for (String value : values) {
      try {
        keyIds.add(BackupKeyId.of(value));
      } catch (InvalidInputException e) {
        throw new ProtocolAbortedException(Party.CUSTODIAN, "acknowledged with an illegal key id");
      }
    }
    return keyIds;
  }
}
