package dev.tandem.adapter.inmemory;

import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.contract.SigningShareRepositoryContract;

/** {@link InMemorySigningShareRepository} passes the shared signing share repository contract. */
class InMemorySigningShareRepositoryTest extends SigningShareRepositoryContract {

  @Override
  protected SigningShareRepositoryPort createRepository() {
    return new InMemorySigningShareRepository();
  }
}
