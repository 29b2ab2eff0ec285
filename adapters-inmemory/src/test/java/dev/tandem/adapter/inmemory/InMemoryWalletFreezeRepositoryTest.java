package dev.tandem.adapter.inmemory;

import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import dev.tandem.domain.port.contract.WalletFreezeRepositoryContract;

/**
 * {@link InMemoryWalletFreezeRepository} passes the shared wallet freeze contract. Its storage is
 * the adapter itself, so the "other adapter on the same storage" of the contract is this one.
 */
class InMemoryWalletFreezeRepositoryTest extends WalletFreezeRepositoryContract {
  private final InMemoryWalletFreezeRepository repository = new InMemoryWalletFreezeRepository();

  @Override
  protected WalletFreezeRepositoryPort createRepository() {
    return repository;
  }
}
