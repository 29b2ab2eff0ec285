package dev.tandem.adapter.gcp;

import com.google.cloud.BaseServiceException;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.Storage.BlobSourceOption;
import com.google.cloud.storage.Storage.BlobTargetOption;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.StorageUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link GcsObjectStore} on the Cloud Storage SDK. Every write is conditional on the generation
 * ({@code ifGenerationMatch}); every read of content is conditional on the generation its metadata
 * reported, so that the generation returned is the generation of the bytes returned.
 *
 * <p>Single-request calls only: objects are small JSON documents, written with one multipart
 * upload ({@link Storage#create(BlobInfo, byte[], BlobTargetOption...)}). Listing never sets a page
 * size and follows every page. The SDK retries transient failures within the attempts and total
 * timeout of its {@code StorageOptions}; conditional writes are idempotent, so it retries them too.
 */
final class CloudStorageObjectStore implements GcsObjectStore {
  /** Reads retried when the object changed between its metadata and its content. */
  static final int READ_ATTEMPTS = 5;

  private static final String CONTENT_TYPE = "application/json";

  private final Storage storage;
  private final GcsLocation location;

  CloudStorageObjectStore(Storage storage, GcsLocation location) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.location = Objects.requireNonNull(location, "location");
  }

  @Override
  public Optional<StoredObject> read(String name) {
    BlobId id = BlobId.of(location.bucket(), name);
    for (int attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
      Blob blob = call("read", name, () -> storage.get(id));
      if (blob == null) {
        return Optional.empty();
      }
      long generation = generationOf(blob, name);
      try {
        byte[] content = storage.readAllBytes(id, BlobSourceOption.generationMatch(generation));
        return Optional.of(new StoredObject(generation, content));
      } catch (BaseServiceException e) {
        // Replaced (412) or deleted (404) between the metadata and the content: read again.
        if (e.getCode() != GcsErrors.PRECONDITION_FAILED && e.getCode() != GcsErrors.NOT_FOUND) {
          throw GcsErrors.translate(e, location, "read", name);
        }
      }
    }
    throw new StorageUnavailableException(
        "object " + url(name) + " changed during each of " + READ_ATTEMPTS + " reads", null);
  }

  @Override
  public List<String> listNames(String prefix) {
    return call(
        "list",
        prefix,
        () -> {
          List<String> names = new ArrayList<>();
          for (Blob blob :
              storage.list(location.bucket(), BlobListOption.prefix(prefix)).iterateAll()) {
            names.add(blob.getName());
          }
          return names;
        });
  }

  @Override
  public long createIfAbsent(String name, byte[] content) {
    return write("create", name, content, BlobTargetOption.doesNotExist());
  }

  @Override
  public long replaceIfGeneration(String name, byte[] content, long generation) {
    return write("replace", name, content, BlobTargetOption.generationMatch(generation));
  }

  @Override
  public void deleteAllGenerations(String name) {
    for (long generation : generations(name)) {
      deleteGeneration(name, generation);
    }
  }

  @Override
  public void deleteGenerationsBefore(String name, long generation) {
    for (long older : generations(name)) {
      if (older < generation) {
        deleteGeneration(name, older);
      }
    }
  }

  @Override
  public String url(String name) {
    return location.url(name);
  }

  private long write(String operation, String name, byte[] content, BlobTargetOption condition) {
    BlobInfo info =
        BlobInfo.newBuilder(BlobId.of(location.bucket(), name)).setContentType(CONTENT_TYPE).build();
    Blob written;
    try {
      written = storage.create(info, content, condition);
    } catch (BaseServiceException e) {
      if (e.getCode() == GcsErrors.PRECONDITION_FAILED) {
        throw new GenerationMismatchException(
            operation + " " + url(name) + ": generation precondition failed", e);
      }
      throw GcsErrors.translate(e, location, operation, name);
    }
    return generationOf(written, name);
  }

  /** Every generation of the object, live and noncurrent. */
  private List<Long> generations(String name) {
    return call(
        "list generations of",
        name,
        () -> {
          List<Long> generations = new ArrayList<>();
          Iterable<Blob> blobs =
              storage
                  .list(
                      location.bucket(), BlobListOption.prefix(name), BlobListOption.versions(true))
                  .iterateAll();
          for (Blob blob : blobs) {
            // The prefix also matches longer names ("pair-1" matches "pair-10").
            if (blob.getName().equals(name)) {
              generations.add(generationOf(blob, name));
            }
          }
          return generations;
        });
  }

  /** Permanently deletes one generation; one already gone (404, {@code false}) is fine. */
  private void deleteGeneration(String name, long generation) {
    call(
        "delete",
        name,
        () -> storage.delete(BlobId.of(location.bucket(), name, generation)));
  }

  private long generationOf(Blob blob, String name) {
    Long generation = blob.getGeneration();
    if (generation == null || generation <= 0) {
      throw new StorageMisconfiguredException(
          "the storage server answered without an object generation for " + url(name)
              + ": the adapters need a server with Cloud Storage generations",
          null);
    }
    return generation;
  }

  private <T> T call(String operation, String name, Supplier<T> call) {
    try {
      return call.get();
    } catch (BaseServiceException e) {
      throw GcsErrors.translate(e, location, operation, name);
    }
  }
}
