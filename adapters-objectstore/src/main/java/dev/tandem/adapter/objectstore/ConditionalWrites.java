package dev.tandem.adapter.objectstore;

import dev.tandem.adapter.objectstore.ObjectStore.StoredObject;
import dev.tandem.domain.error.StorageUnavailableException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What every repository of the core does around a conditional write of an {@link ObjectStore}.
 *
 * <p><b>Its own write, acknowledged late.</b> A write whose answer was lost and that a client
 * retried meets its own object: the retry fails its condition. Every document the core writes
 * holds a fresh random write id (and sealed parts under fresh data keys and nonces), so no other
 * write stores the same bytes: stored bytes equal to this write's are this write, landed.
 *
 * <p><b>No copy left behind.</b> After a replace, the noncurrent versions a versioned bucket kept
 * of what was replaced (a revoked share) are deleted. If that fails transiently the replace has
 * landed anyway; the error says so, and the next replace or delete of the object cleans up.
 */
final class ConditionalWrites {
  private final ObjectStore store;

  ConditionalWrites(ObjectStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  ObjectStore store() {
    return store;
  }

  /**
   * After a {@link PreconditionFailedException}: the version of what is stored if it is byte for
   * byte {@code content}, this very write; empty if another object (or none) is there.
   */
  Optional<String> ownWrite(String name, byte[] content) {
    return store
        .read(name)
        .filter(stored -> Arrays.equals(stored.content(), content))
        .map(StoredObject::version);
  }

  /**
   * Deletes the noncurrent versions of an object just replaced.
   *
   * @param what names the record in the message, with no value of it
   * @throws StorageUnavailableException if that failed transiently, saying that the replace landed
   */
  void deleteOlderCopies(String name, String what, String written) {
    try {
      store.deleteNoncurrentVersions(name);
    } catch (StorageUnavailableException e) {
      throw new StorageUnavailableException(
          what + " was replaced (version " + written + ", " + store.url(name) + ") but older"
              + " copies remain; the next replace or delete of it removes them",
          e);
    }
  }
}
