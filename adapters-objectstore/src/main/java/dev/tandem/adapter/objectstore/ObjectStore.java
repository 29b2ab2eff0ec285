package dev.tandem.adapter.objectstore;

import java.util.List;
import java.util.Optional;

/**
 * The few operations on one bucket (under one name prefix chosen by the caller) that the storage
 * core needs: the seam between the core's logic (documents, seals, races) and a cloud SDK. A cloud
 * module implements it on its SDK; the core's test-jar implements it as a model of conditional
 * writes and object versions.
 *
 * <p><b>Versions.</b> Every successful write of a name yields a new version token (an S3 ETag, a
 * Cloud Storage generation, ...), different from every earlier token of that name. A token is
 * opaque to the core: it is only handed back to {@link #replaceIfVersion}.
 *
 * <p><b>Conditional writes are atomic on the server.</b> Of any number of concurrent {@link
 * #createIfAbsent} calls on one name, at most one succeeds; of any number of {@link
 * #replaceIfVersion} calls naming one version, at most one succeeds. A write whose condition does
 * not hold throws {@link PreconditionFailedException} and writes nothing. A write whose outcome is
 * unknown (its answer was lost) may have landed; the caller finds out by reading.
 *
 * <p><b>Failures</b> besides a failed condition: transient ones (throttling, 5xx, timeouts, lost
 * connections, after the SDK's own retries) throw {@link
 * dev.tandem.domain.error.StorageUnavailableException}; refusals of the configuration (credentials,
 * permissions, a missing bucket) throw {@link
 * dev.tandem.domain.error.StorageMisconfiguredException}. Messages name the bucket and object,
 * never object contents. Implementations are thread-safe.
 */
public interface ObjectStore {

  /** The live version of the object and its content; empty if there is no live object. */
  Optional<StoredObject> read(String name);

  /** The names of every live object whose name starts with {@code prefix}, in no order. */
  List<String> list(String prefix);

  /**
   * Writes the object only if it has no live version; returns the new version.
   *
   * @throws PreconditionFailedException if a live object exists, or another conditional write of
   *     the name is in flight
   */
  String createIfAbsent(String name, byte[] content);

  /**
   * Writes the object only if its live version is {@code version}; returns the new version. A
   * missing object does not match.
   *
   * @throws PreconditionFailedException if the object changed, is missing, or another conditional
   *     write of the name is in flight
   */
  String replaceIfVersion(String name, byte[] content, String version);

  /**
   * Permanently deletes every version of the object other than the live one: after a replace, the
   * copies a versioned bucket keeps of what was replaced (a revoked share, say). Never deletes the
   * live version. Does nothing on a bucket that keeps no old versions.
   */
  void deleteNoncurrentVersions(String name);

  /**
   * Permanently deletes the object and every version of it (and, where the store has them, every
   * delete marker). Does nothing for a missing object.
   */
  void deleteEveryVersion(String name);

  /** A URL of the object for messages ({@code s3://bucket/name}, {@code gs://bucket/name}). */
  String url(String name);

  /**
   * An object as read: its content and the version of exactly that content.
   *
   * @param content the object's bytes (the core's documents: secrets inside are sealed)
   * @param version the version token a conditional replace must name
   */
  record StoredObject(byte[] content, String version) {}
}
