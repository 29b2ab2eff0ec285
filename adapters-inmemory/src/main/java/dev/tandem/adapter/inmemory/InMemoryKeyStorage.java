package dev.tandem.adapter.inmemory;

import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Backup encryption keys in memory, standing in for the user's cloud storage.
 *
 * <p>Guarantees: every operation is atomic, so of concurrent creates under one id exactly one wins
 * and the others get {@link WriteConflictException}; the storage keeps its own copy of each key and
 * {@link #get} returns a fresh one, so destroying a caller's key never destroys the stored key; a
 * deleted key is wiped at once (readers copy under the read lock, so a wipe never races a read).
 */
public final class InMemoryKeyStorage implements KeyStoragePort {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  /** Guarded by {@link #lock}. A wallet with no key has no entry. */
  private final Map<WalletId, Map<BackupKeyId, BackupEncryptionKey>> keysByWallet = new HashMap<>();

  @Inject
  public InMemoryKeyStorage() {}

  @Override
  public void create(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey key) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    BackupEncryptionKey copy = SecretCopies.copyOf(Objects.requireNonNull(key, "key"));
    Lock write = lock.writeLock();
    write.lock();
    try {
      Map<BackupKeyId, BackupEncryptionKey> keys =
          keysByWallet.computeIfAbsent(walletId, wallet -> new HashMap<>());
      if (keys.putIfAbsent(keyId, copy) == null) {
        return;
      }
    } finally {
      write.unlock();
    }
    copy.destroy();
    throw new WriteConflictException(
        "backup encryption key " + keyId + " of wallet " + walletId + " already exists");
  }

  @Override
  public BackupEncryptionKey get(WalletId walletId, BackupKeyId keyId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    Lock read = lock.readLock();
    read.lock();
    try {
      Map<BackupKeyId, BackupEncryptionKey> keys = keysByWallet.get(walletId);
      BackupEncryptionKey stored = keys == null ? null : keys.get(keyId);
      if (stored == null) {
        throw NotFoundException.encryptionKey(walletId, keyId);
      }
      return SecretCopies.copyOf(stored);
    } finally {
      read.unlock();
    }
  }

  @Override
  public void delete(WalletId walletId, BackupKeyId keyId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(keyId, "keyId");
    Lock write = lock.writeLock();
    write.lock();
    try {
      Map<BackupKeyId, BackupEncryptionKey> keys = keysByWallet.get(walletId);
      if (keys == null) {
        return;
      }
      BackupEncryptionKey removed = keys.remove(keyId);
      if (removed != null) {
        removed.destroy();
      }
      if (keys.isEmpty()) {
        keysByWallet.remove(walletId);
      }
    } finally {
      write.unlock();
    }
  }

  @Override
  public List<BackupKeyId> list(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    Lock read = lock.readLock();
    read.lock();
    try {
      Map<BackupKeyId, BackupEncryptionKey> keys = keysByWallet.get(walletId);
      return keys == null ? List.of() : List.copyOf(keys.keySet());
    } finally {
      read.unlock();
    }
  }
}
