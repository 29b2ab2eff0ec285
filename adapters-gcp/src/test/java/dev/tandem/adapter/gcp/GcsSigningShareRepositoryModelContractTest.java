package dev.tandem.adapter.gcp;

import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.contract.SigningShareRepositoryContract;

/**
 * The whole signing share repository contract on {@link GcsSigningShareRepository} over {@link
 * ModelObjectStore} with object versioning on. See {@link GcsKeyStorageModelContractTest}.
 */
class GcsSigningShareRepositoryModelContractTest extends SigningShareRepositoryContract {
  private final ModelObjectStore bucket = new ModelObjectStore(true);
  private final KeyEncryptionKey kek = GcsTestFixtures.newKek("kek-1");

  @Override
  protected SigningShareRepositoryPort createRepository() {
    return new GcsSigningShareRepository(
        bucket, GcsTestFixtures.LOCATION, kek, GcsTestFixtures.RANDOM);
  }
}
