package dev.tandem.domain.port;

import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.BackupEncryptionKey;
import java.util.List;

/**
 * The user's cloud storage for backup encryption keys. Keys are immutable: a key is created once
 * under a fresh id and deleted when no ciphertext needs it any more.
 *
 * <p>Contract (checked by the shared contract suite): {@link #create} fails with {@link
 * dev.tandem.domain.error.WriteConflictException} if the id is taken (exactly one of many concurrent
 * creates wins); {@link #get} of a missing key throws {@link
 * dev.tandem.domain.error.NotFoundException} with {@code ENCRYPTION_KEY_NOT_FOUND}; {@link #delete}
 * removes every stored copy and does nothing for a missing key; transient failures throw {@link
 * dev.tandem.domain.error.StorageUnavailableException}.
 */
public interface KeyStoragePort {

  void create(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey key);

  BackupEncryptionKey get(WalletId walletId, BackupKeyId keyId);

  void delete(WalletId walletId, BackupKeyId keyId);

  /** The ids of every key stored for the wallet, in no particular order. */
  List<BackupKeyId> list(WalletId walletId);
}
