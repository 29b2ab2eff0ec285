package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStore;
import dev.tandem.adapter.objectstore.PreconditionFailedException;
import dev.tandem.domain.error.StorageUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsRequest;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The core's {@link ObjectStore} on one S3 bucket, the SDK's exceptions turned into the SPI's and
 * the domain's ({@link AwsErrors}). Object bodies are opaque bytes here; what they hold is the
 * core's business.
 *
 * <ul>
 *   <li>A version is the object's ETag. A create is a {@code PutObject} with {@code If-None-Match:
 *       *}, a replace one with {@code If-Match: <etag>}; S3 applies the condition and the write as
 *       one step. Its 412 Precondition Failed, its 409 ConditionalRequestConflict (another
 *       conditional write of the key in flight) and, for {@code If-Match}, its 404 NoSuchKey
 *       become {@link PreconditionFailedException}. An ETag is a digest of the content, so two
 *       writes of the same bytes share one; the core never writes the same bytes twice.
 *   <li>Old versions are found with {@code ListObjectVersions} and deleted one by one ({@link
 *       #noncurrent} and {@link #every} decide which, apart from the calls so that the decision
 *       can be checked on any listing, including ones a local test server cannot produce). This works on unversioned buckets (there is nothing to
 *       purge) and on versioned ones; the bucket must not have Object Lock retention or legal
 *       holds.
 * </ul>
 */
public final class S3ObjectStore implements ObjectStore {
  private static final String JSON = "application/json";

  private final S3Client s3;
  private final String bucket;

  public S3ObjectStore(S3Client s3, String bucket) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  public String bucket() {
    return bucket;
  }

  @Override
  public String url(String key) {
    return "s3://" + bucket + "/" + key;
  }

  /** {@code PutObject} with {@code If-None-Match: *}; returns the ETag. */
  @Override
  public String createIfAbsent(String key, byte[] body) {
    PutObjectRequest request =
        PutObjectRequest.builder().bucket(bucket).key(key).contentType(JSON).ifNoneMatch("*").build();
    try {
      return s3.putObject(request, RequestBody.fromBytes(body)).eTag();
    } catch (SdkException e) {
      if (isPreconditionFailure(e)) {
        throw new PreconditionFailedException("object " + url(key) + " already exists", e);
      }
      throw AwsErrors.s3(e, bucket, "creating object " + key);
    }
  }

  /** {@code PutObject} with {@code If-Match: <etag>}; returns the new ETag. */
  @Override
  public String replaceIfVersion(String key, byte[] body, String etag) {
    PutObjectRequest request =
        PutObjectRequest.builder().bucket(bucket).key(key).contentType(JSON).ifMatch(etag).build();
    try {
      return s3.putObject(request, RequestBody.fromBytes(body)).eTag();
    } catch (SdkException e) {
      if (isPreconditionFailure(e)) {
        throw new PreconditionFailedException(
            "object " + url(key) + " changed since version " + etag, e);
      }
      if (isNoSuchKey(e)) {
        throw new PreconditionFailedException("object " + url(key) + " no longer exists", e);
      }
      throw AwsErrors.s3(e, bucket, "replacing object " + key);
    }
  }

  @Override
  public Optional<StoredObject> read(String key) {
    GetObjectRequest request = GetObjectRequest.builder().bucket(bucket).key(key).build();
    try {
      ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(request);
      return Optional.of(new StoredObject(object.asByteArrayUnsafe(), object.response().eTag()));
    } catch (SdkException e) {
      if (isNoSuchKey(e)) {
        return Optional.empty();
      }
      throw AwsErrors.s3(e, bucket, "reading object " + key);
    }
  }

  @Override
  public List<String> list(String prefix) {
    ListObjectsV2Request request = ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
    try {
      List<String> keys = new ArrayList<>();
      for (S3Object object : s3.listObjectsV2Paginator(request).contents()) {
        keys.add(object.key());
      }
      return keys;
    } catch (SdkException e) {
      throw AwsErrors.s3(e, bucket, "listing objects under " + prefix);
    }
  }

  /**
   * Deletes every version of the key but the current one, delete markers included.
   *
   * @throws StorageUnavailableException if the purge could not finish for a transient reason
   */
  @Override
  public void deleteNoncurrentVersions(String key) {
    try {
      for (ListedVersion version : noncurrent(key, listVersions(key))) {
        deleteVersion(key, version.versionId());
      }
    } catch (SdkException e) {
      throw purgeFailure(e, key, "the object's earlier versions remain");
    }
  }

  /** Deletes the object, then every version and delete marker of its key. */
  @Override
  public void deleteEveryVersion(String key) {
    try {
      s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
    } catch (SdkException e) {
      if (!isNoSuchKey(e)) {
        throw AwsErrors.s3(e, bucket, "deleting object " + key);
      }
    }
    try {
      for (ListedVersion version : every(key, listVersions(key))) {
        deleteVersion(key, version.versionId());
      }
    } catch (SdkException e) {
      throw purgeFailure(e, key, "the object was deleted but earlier versions remain");
    }
  }

  private List<ListedVersion> listVersions(String key) {
    ListObjectVersionsRequest request =
        ListObjectVersionsRequest.builder().bucket(bucket).prefix(key).build();
    List<ListedVersion> listed = new ArrayList<>();
    for (ListObjectVersionsResponse page : s3.listObjectVersionsPaginator(request)) {
      page.versions()
          .forEach(
              v -> listed.add(new ListedVersion(v.key(), v.versionId(), isTrue(v.isLatest()), false)));
      page.deleteMarkers()
          .forEach(
              m -> listed.add(new ListedVersion(m.key(), m.versionId(), isTrue(m.isLatest()), true)));
    }
    return listed;
  }

  private void deleteVersion(String key, String versionId) {
    try {
      s3.deleteObject(
          DeleteObjectRequest.builder().bucket(bucket).key(key).versionId(versionId).build());
    } catch (SdkException e) {
      // Another purge of the same key may have deleted it first: gone is what we wanted.
      if (!isNoSuchKey(e) && !"NoSuchVersion".equals(AwsErrors.errorCode(e))) {
        throw e;
      }
    }
  }

  private RuntimeException purgeFailure(SdkException e, String key, String consequence) {
    return AwsErrors.classified(
        e,
        "purging old versions of " + key + " in bucket " + bucket + " failed (" + consequence
            + "): " + AwsErrors.describe(e));
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  /** 412, or 409 ConditionalRequestConflict: another conditional write won or is winning. */
  private static boolean isPreconditionFailure(SdkException e) {
    int status = AwsErrors.statusCode(e);
    return status == 412
        || (status == 409 && "ConditionalRequestConflict".equals(AwsErrors.errorCode(e)));
  }

  private static boolean isNoSuchKey(SdkException e) {
    return AwsErrors.statusCode(e) == 404 && !"NoSuchBucket".equals(AwsErrors.errorCode(e));
  }

  @Override
  public String toString() {
    return "S3ObjectStore[s3://" + bucket + "]";
  }

  /** One entry of a {@code ListObjectVersions} answer: an object version or a delete marker. */
  record ListedVersion(String key, String versionId, boolean latest, boolean deleteMarker) {
    ListedVersion {
      Objects.requireNonNull(key, "key");
    }
  }

  /**
   * After a replace: every version of {@code key} that is not the current one, delete markers
   * included. The current version is never chosen.
   *
   * <p>A {@code ListObjectVersions} call takes a key prefix, so a listing for {@code a/b.json} also
   * holds {@code a/b.json.tmp}: only versions of exactly the key are ever chosen. A version without
   * a version id cannot be addressed and is never chosen; S3 reports the one version of an object
   * in an unversioned bucket with the id {@code "null"}, which S3 accepts back in a delete.
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
