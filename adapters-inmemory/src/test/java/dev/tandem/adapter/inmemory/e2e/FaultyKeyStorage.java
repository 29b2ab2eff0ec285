package dev.tandem.adapter.inmemory.e2e;

import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** A key storage that fails on demand, as a cloud store does halfway through an operation. */
final class FaultyKeyStorage implements KeyStoragePort {
  final AtomicBoolean failCreates = new AtomicBoolean();
  final AtomicBoolean failDeletes = new AtomicBoolean();
  private final KeyStoragePort delegate;

  FaultyKeyStorage(KeyStoragePort delegate) {
    this.delegate = delegate;
  }

  @Override
  public void create(WalletId walletId, BackupKeyId keyId, BackupEncryptionKey key) {
    if (failCreates.get()) {
      throw new StorageUnavailableException("key storage did not answer (test)", null);
    }
    delegate.create(walletId, keyId, key);
  }

  @Override
  public BackupEncryptionKey get(WalletId walletId, BackupKeyId keyId) {
    return delegate.get(walletId, keyId);
  }

  @Override
  public void delete(WalletId walletId, BackupKeyId keyId) {
    if (failDeletes.get()) {
      throw new StorageUnavailableException("key storage did not answer (test)", null);
    }
    delegate.delete(walletId, keyId);
  }

  @Override
  public List<BackupKeyId> list(WalletId walletId) {
    return delegate.list(walletId);
  }
}
