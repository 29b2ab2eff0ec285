package dev.tandem.adapter.aws;

import java.util.List;
import java.util.Objects;

/**
 * Decides which object versions of one key to delete so that no old copy of a record survives. Kept
 * apart from the S3 calls so that the decision can be checked on any listing, including the ones a
 * local test server cannot produce.
 *
 * <p>A {@code ListObjectVersions} call takes a key prefix, so a listing for {@code a/b.json} also
 * holds {@code a/b.json.tmp}: only versions of exactly the key are ever chosen. A version without
 * a version id cannot be addressed and is never chosen; S3 reports the one version of an object in
 * an unversioned bucket with the id {@code "null"}, which S3 accepts back in a delete.
 */
final class VersionPurge {
  private VersionPurge() {}

  /** One entry of a {@code ListObjectVersions} answer: an object version or a delete marker. */
  record ListedVersion(String key, String versionId, boolean latest, boolean deleteMarker) {
    ListedVersion {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * After a replace: every version of {@code key} that is not the current one, delete markers
   * included. The current version is never chosen.
   */
  static List<ListedVersion> noncurrent(String key, List<ListedVersion> listed) {
    return listed.stream()
        .filter(v -> v.key().equals(key))
        .filter(v -> v.versionId() != null)
        .filter(v -> !v.latest())
        .toList();
  }

  /** On delete, after the object itself was deleted: every version and delete marker left. */
  static List<ListedVersion> every(String key, List<ListedVersion> listed) {
    return listed.stream()
        .filter(v -> v.key().equals(key))
        .filter(v -> v.versionId() != null)
        .toList();
  }
}
