package dev.tandem.adapter.gcp;

import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.contract.KeyStorageContract;

/**
 * The whole key storage contract on {@link GcsKeyStorage} over {@link ModelObjectStore}, a model
 * of Cloud Storage's generations and preconditions in a bucket with object versioning on (the
 * harder case: every replaced or deleted generation must be deleted by name). No local server
 * enforces preconditions, so this is where the races and conflicts of the contract run; see the
 * module README, "GCP adapters: what was exercised where".
 */
class GcsKeyStorageModelContractTest extends KeyStorageContract {
  private final ModelObjectStore bucket = new ModelObjectStore(true);
  private final KeyEncryptionKey kek = GcsTestFixtures.newKek("kek-1");

  @Override
  protected KeyStoragePort createKeyStorage() {
    return new GcsKeyStorage(bucket, GcsTestFixtures.LOCATION, kek, GcsTestFixtures.RANDOM);
  }
}
