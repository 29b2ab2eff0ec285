package dev.tandem.adapter.objectstore;

/**
 * The tampering suite on the model store, objects in the {@link StorageLayout#gcs(String)}
 * layout, data keys wrapped by the {@link ModelKeyWrapper} (which, unlike the KMS fake, enforces
 * the wrap context: a refusal here may be the wrapper's or the seal's, both "failed authentication").
 */
class GcsLayoutTamperingTest extends StoredObjectTamperingContract {
  private final ModelObjectStore store = new ModelObjectStore(true);
  private final ModelKeyWrapper wrapper = new ModelKeyWrapper("tampering");

  @Override
  protected ObjectStore store() {
    return store;
  }

  @Override
  protected KeyWrapper keyWrapper() {
    return wrapper;
  }

  @Override
  protected StorageLayout layout() {
    return StorageLayout.gcs("tests/tandem");
  }
}
