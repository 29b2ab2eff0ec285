package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStore;
import dev.tandem.adapter.objectstore.ObjectStoreContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;

/**
 * {@link S3ObjectStore} keeps the core's {@link ObjectStore} SPI, through the real S3 client
 * against S3Proxy (whose conditional writes are atomic, as S3's are), on a versioned bucket and on
 * an unversioned one. What was left after a purge is read with {@code ListObjectVersions}, delete
 * markers included.
 */
class S3ObjectStoreContractTest {
  private static final LocalAws AWS = LocalAws.shared();

  static List<String> versionsAndMarkers(String bucket, String key) {
    List<String> found = new ArrayList<>();
    for (ListObjectVersionsResponse page :
        AWS.s3().listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(key))) {
      page.versions().stream().filter(v -> v.key().equals(key)).forEach(v -> found.add(v.versionId()));
      page.deleteMarkers().stream()
          .filter(m -> m.key().equals(key))
          .forEach(m -> found.add("marker " + m.versionId()));
    }
    return found;
  }

  @Nested
  class VersionedBucket extends ObjectStoreContract {
    private final String bucket = AWS.newBucket(true);
    private final S3ObjectStore store = new S3ObjectStore(AWS.s3(), bucket);

    @Override
    protected ObjectStore store() {
      return store;
    }

    @Override
    protected List<String> storedVersions(String name) {
      return versionsAndMarkers(bucket, name);
    }

    @Override
    protected boolean keepsVersions() {
      return true;
    }
  }

  @Nested
  class UnversionedBucket extends ObjectStoreContract {
    private final String bucket = AWS.newBucket(false);
    private final S3ObjectStore store = new S3ObjectStore(AWS.s3(), bucket);

    @Override
    protected ObjectStore store() {
      return store;
    }

    @Override
    protected List<String> storedVersions(String name) {
      return versionsAndMarkers(bucket, name);
    }

    @Override
    protected boolean keepsVersions() {
      return false;
    }
  }
}
