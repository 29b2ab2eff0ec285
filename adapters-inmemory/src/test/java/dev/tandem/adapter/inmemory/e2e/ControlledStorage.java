package dev.tandem.adapter.inmemory.e2e;

import dev.tandem.adapter.inmemory.InMemoryBackupShareRepository;
import dev.tandem.adapter.inmemory.InMemorySigningShareRepository;
import dev.tandem.adapter.inmemory.InMemoryWalletFreezeRepository;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The custodian's durable stores in memory, with switches a test flips: {@link #writesFail} makes
 * every write of a record or freeze marker fail as a storage outage does (reads still answer), and
 * {@link #afterNextReplace} runs once, right after the next record replace has landed.
 */
final class ControlledStorage {
  final AtomicBoolean writesFail = new AtomicBoolean();

  /** Runs (once) with the record a replace just stored. */
  final AtomicReference<Consumer<Object>> afterNextReplace = new AtomicReference<>();

  final EmbeddedTandem.Storage storage =
      new EmbeddedTandem.Storage(
          new SigningShares(new InMemorySigningShareRepository()),
          new BackupShares(new InMemoryBackupShareRepository()),
          new Freezes(new InMemoryWalletFreezeRepository()));

  private void failIfDown() {
    if (writesFail.get()) {
      throw new StorageUnavailableException("storage did not answer (test)", null);
    }
  }

  private void replaced(Object record) {
    Consumer<Object> hook = afterNextReplace.getAndSet(null);
    if (hook != null) {
      hook.accept(record);
    }
  }

  private final class Freezes implements WalletFreezeRepositoryPort {
    private final WalletFreezeRepositoryPort delegate;

    Freezes(WalletFreezeRepositoryPort delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean createIfAbsent(WalletFreeze freeze) {
      failIfDown();
      return delegate.createIfAbsent(freeze);
    }

    @Override
    public Optional<WalletFreeze> find(WalletId walletId) {
      return delegate.find(walletId);
    }
  }

  private final class SigningShares implements SigningShareRepositoryPort {
    private final SigningShareRepositoryPort delegate;

    SigningShares(SigningShareRepositoryPort delegate) {
      this.delegate = delegate;
    }

    @Override
    public Version create(CustodianSigningShareRecord record) {
      failIfDown();
      return delegate.create(record);
    }

    @Override
    public Optional<Versioned<CustodianSigningShareRecord>> find(
        WalletId walletId, SigningSharePairId pairId) {
      return delegate.find(walletId, pairId);
    }

    @Override
    public Version replace(CustodianSigningShareRecord record, Version expected) {
      failIfDown();
      Version version = delegate.replace(record, expected);
      replaced(record);
      return version;
    }

    @Override
    public List<Versioned<CustodianSigningShareRecord>> listByWallet(WalletId walletId) {
      return delegate.listByWallet(walletId);
    }

    @Override
    public void delete(WalletId walletId, SigningSharePairId pairId) {
      failIfDown();
      delegate.delete(walletId, pairId);
    }
  }

  private final class BackupShares implements BackupShareRepositoryPort {
    private final BackupShareRepositoryPort delegate;

    BackupShares(BackupShareRepositoryPort delegate) {
      this.delegate = delegate;
    }

    @Override
    public Version create(CustodianBackupShareRecord record) {
      failIfDown();
      return delegate.create(record);
    }

    @Override
    public Optional<Versioned<CustodianBackupShareRecord>> find(
        WalletId walletId, BackupSharePairId pairId) {
      return delegate.find(walletId, pairId);
    }

    @Override
    public Version replace(CustodianBackupShareRecord record, Version expected) {
      failIfDown();
      Version version = delegate.replace(record, expected);
      replaced(record);
      return version;
    }

    @Override
    public List<Versioned<CustodianBackupShareRecord>> listByWallet(WalletId walletId) {
      return delegate.listByWallet(walletId);
    }

    @Override
    public void delete(WalletId walletId, BackupSharePairId pairId) {
      failIfDown();
      delegate.delete(walletId, pairId);
    }
  }
}
