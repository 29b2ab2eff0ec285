package dev.tandem.adapter.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.adapter.aws.S3ObjectStore.ListedVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which versions a purge deletes, on listings S3 can return (some of which S3Proxy cannot). */
class S3VersionPurgeTest {
  private static final String KEY = "p/signing-shares/w/pair.json";

  @Test
  void afterReplace_everyVersionButTheCurrentIsChosen_deleteMarkersIncluded() {
    List<ListedVersion> listed =
        List.of(
            new ListedVersion(KEY, "v3", true, false),
            new ListedVersion(KEY, "v2", false, false),
            new ListedVersion(KEY, "m1", false, true),
            new ListedVersion(KEY, "v1", false, false));

    assertEquals(List.of("v2", "m1", "v1"), ids(S3ObjectStore.noncurrent(KEY, listed)));
  }

  @Test
  void neverChosen_otherKeysSharingThePrefix() {
    List<ListedVersion> listed =
        List.of(
            new ListedVersion(KEY, "v2", true, false),
            new ListedVersion(KEY + ".bak", "x1", false, false),
            new ListedVersion(KEY + "x", "x2", true, false));

    assertEquals(List.of(), S3ObjectStore.noncurrent(KEY, listed));
    assertEquals(List.of("v2"), ids(S3ObjectStore.every(KEY, listed)));
  }

  @Test
  void unversionedBucket_nothingToPurgeAfterReplace() {
    // S3 lists the single version of an object in an unversioned bucket with the id "null".
    List<ListedVersion> listed = List.of(new ListedVersion(KEY, "null", true, false));

    assertEquals(List.of(), S3ObjectStore.noncurrent(KEY, listed));
  }

  @Test
  void suspendedVersioning_theNullVersionIsPurgedLikeAnyOther() {
    List<ListedVersion> listed =
        List.of(
            new ListedVersion(KEY, "v9", true, false),
            new ListedVersion(KEY, "null", false, false));

    assertEquals(List.of("null"), ids(S3ObjectStore.noncurrent(KEY, listed)));
  }

  @Test
  void onDelete_everyVersionAndMarkerIsChosen_latestIncluded() {
    List<ListedVersion> listed =
        List.of(
            new ListedVersion(KEY, "m2", true, true),
            new ListedVersion(KEY, "v2", false, false),
            new ListedVersion(KEY, "v1", false, false));

    assertEquals(List.of("m2", "v2", "v1"), ids(S3ObjectStore.every(KEY, listed)));
  }

  @Test
  void versionWithoutAnId_isNeverChosen() {
    List<ListedVersion> listed = List.of(new ListedVersion(KEY, null, false, false));

    assertEquals(List.of(), S3ObjectStore.noncurrent(KEY, listed));
    assertEquals(List.of(), S3ObjectStore.every(KEY, listed));
  }

  private static List<String> ids(List<ListedVersion> versions) {
    return versions.stream().map(ListedVersion::versionId).toList();
  }
}
