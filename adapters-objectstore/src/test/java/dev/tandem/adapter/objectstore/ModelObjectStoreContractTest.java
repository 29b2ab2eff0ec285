package dev.tandem.adapter.objectstore;

import java.util.List;
import org.junit.jupiter.api.Nested;

/** The core's {@link ModelObjectStore} keeps the {@link ObjectStore} SPI it models. */
class ModelObjectStoreContractTest {

  @Nested
  class VersionedBucket extends ObjectStoreContract {
    private final ModelObjectStore store = new ModelObjectStore(true);

    @Override
    protected ObjectStore store() {
      return store;
    }

    @Override
    protected List<String> storedVersions(String name) {
      return store.versions(name);
    }

    @Override
    protected boolean keepsVersions() {
      return true;
    }
  }

  @Nested
  class UnversionedBucket extends ObjectStoreContract {
    private final ModelObjectStore store = new ModelObjectStore(false);

    @Override
    protected ObjectStore store() {
      return store;
    }

    @Override
    protected List<String> storedVersions(String name) {
      return store.versions(name);
    }

    @Override
    protected boolean keepsVersions() {
      return false;
    }
  }
}
