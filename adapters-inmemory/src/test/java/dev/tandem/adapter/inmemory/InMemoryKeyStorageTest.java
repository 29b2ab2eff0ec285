package dev.tandem.adapter.inmemory;

import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.contract.KeyStorageContract;

/** {@link InMemoryKeyStorage} passes the shared key storage contract. */
class InMemoryKeyStorageTest extends KeyStorageContract {

  @Override
  protected KeyStoragePort createKeyStorage() {
    return new InMemoryKeyStorage();
  }
}
