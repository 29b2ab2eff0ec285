package dev.tandem.adapter.gcp;

import java.util.List;
import java.util.Optional;

/**
 * Every Cloud Storage call the adapters make, as a few operations over object names: the seam
 * between the adapters' logic (documents, envelopes, races) and the SDK. {@link
 * CloudStorageObjectStore} implements it on {@code com.google.cloud.storage.Storage}; tests
 * implement it with a model of Cloud Storage's generations and preconditions.
 *
 * <p>Generations follow Cloud Storage: every write of a name gets a new generation, larger than
 * every earlier generation of that name, never reused, not even after the name was deleted.
 *
 * <p>Failures: a precondition that does not hold throws {@link GenerationMismatchException} and
 * writes nothing; transient failures throw {@link
 * dev.tandem.domain.error.StorageUnavailableException}; refused configuration (permissions,
 * missing bucket) throws {@link dev.tandem.domain.error.StorageMisconfiguredException}.
 */
interface GcsObjectStore {

  /** The live generation of the object and its content; empty if there is no live object. */
  Optional<StoredObject> read(String name);

  /** The names of every live object whose name starts with {@code prefix}, in no order. */
  List<String> listNames(String prefix);

  /**
   * Writes the object only if it has no live generation ({@code ifGenerationMatch=0}); returns the
   * new generation.
   */
  long createIfAbsent(String name, byte[] content);

  /**
   * Writes the object only if its live generation is {@code generation} ({@code
   * ifGenerationMatch=generation}); returns the new generation. A missing object does not match.
   */
  long replaceIfGeneration(String name, byte[] content, long generation);

  /**
   * Permanently deletes every generation of the object, live and noncurrent (a bucket with object
   * versioning keeps noncurrent ones). Does nothing for a missing object.
   */
  void deleteAllGenerations(String name);

  /**
   * Permanently deletes every generation of the object older than {@code generation}: after a
   * replace, the copies a versioned bucket kept of what was replaced.
   */
  void deleteGenerationsBefore(String name, long generation);

  /** A {@code gs://bucket/name} URL of the object, for messages. */
  String url(String name);

  /** An object as read: its generation and its bytes (a JSON document; secrets inside sealed). */
  record StoredObject(long generation, byte[] content) {}
}
