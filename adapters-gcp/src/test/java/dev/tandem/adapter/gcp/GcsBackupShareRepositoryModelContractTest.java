package dev.tandem.adapter.gcp;

import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.contract.BackupShareRepositoryContract;

/**
 * The whole backup share repository contract on {@link GcsBackupShareRepository} over {@link
 * ModelObjectStore} with object versioning on. See {@link GcsKeyStorageModelContractTest}.
 */
class GcsBackupShareRepositoryModelContractTest extends BackupShareRepositoryContract {
  private final ModelObjectStore bucket = new ModelObjectStore(true);
  private final KeyEncryptionKey kek = GcsTestFixtures.newKek("kek-1");

  @Override
  protected BackupShareRepositoryPort createRepository() {
    return new GcsBackupShareRepository(
        bucket, GcsTestFixtures.LOCATION, kek, GcsTestFixtures.RANDOM);
  }
}
