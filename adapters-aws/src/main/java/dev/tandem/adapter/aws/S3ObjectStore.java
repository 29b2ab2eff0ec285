package dev.tandem.adapter.aws;

import dev.tandem.adapter.aws.VersionPurge.ListedVersion;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.WriteConflictException;
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
 * The few S3 operations the adapters need, on one bucket, with the SDK's exceptions already turned
 * into the domain's. Object bodies are opaque bytes here; what they hold is the callers' business.
 */
final class S3ObjectStore {
  private static final String JSON = "application/json";

  private final S3Client s3;
  private final String bucket;

  S3ObjectStore(S3Client s3, String bucket) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    this.bucket = Objects.requireNonNull(bucket, "bucket");
  }

  /** An object as read: its body and the ETag that a conditional replace must name. */
  record StoredObject(byte[] body, String etag) {}

  String bucket() {
    return bucket;
  }

  /**
   * Writes the object only if no object exists under the key ({@code If-None-Match: *}); returns
   * its ETag.
   *
   * @throws WriteConflictException if an object exists, or another conditional write of the key
   *     is in flight
   */
  String createIfAbsent(String key, byte[] body) {
    PutObjectRequest request =
        PutObjectRequest.builder().bucket(bucket).key(key).contentType(JSON).ifNoneMatch("*").build();
    try {
      return s3.putObject(request, RequestBody.fromBytes(body)).eTag();
    } catch (SdkException e) {
      if (isPreconditionFailure(e)) {
        throw new WriteConflictException("object " + key + " already exists", e);
      }
      throw AwsErrors.s3(e, bucket, "creating object " + key);
    }
  }

  /**
   * Writes the object only if its current ETag is {@code etag} ({@code If-Match}); returns the new
   * ETag.
   *
   * @throws WriteConflictException if the object changed or no longer exists
   */
  String replaceIfMatch(String key, byte[] body, String etag) {
    PutObjectRequest request =
        PutObjectRequest.builder().bucket(bucket).key(key).contentType(JSON).ifMatch(etag).build();
    try {
      return s3.putObject(request, RequestBody.fromBytes(body)).eTag();
    } catch (SdkException e) {
      if (isPreconditionFailure(e)) {
        throw new WriteConflictException("object " + key + " changed since version " + etag, e);
      }
      if (isNoSuchKey(e)) {
        throw new WriteConflictException("object " + key + " no longer exists", e);
      }
      throw AwsErrors.s3(e, bucket, "replacing object " + key);
    }
  }

  /** The object, or empty if there is none under the key. */
  Optional<StoredObject> get(String key) {
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

  /** The keys of every object whose key starts with {@code prefix}. */
  List<String> listKeys(String prefix) {
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
   * Deletes every version of the key but the current one. Called right after a replace, so that
   * the record it replaced (a share a revocation dropped, say) is gone from a versioned bucket too.
   *
   * @throws StorageUnavailableException if the purge could not finish for a transient reason; the
   *     replace itself stands and a later replace or delete purges again
   */
  void purgeNoncurrentVersions(String key) {
    try {
      for (ListedVersion version : VersionPurge.noncurrent(key, listVersions(key))) {
        deleteVersion(key, version.versionId());
      }
    } catch (SdkException e) {
      throw purgeFailure(e, key, "the replace was stored but its earlier versions remain");
    }
  }

  /** Deletes the object and every version and delete marker of its key. */
  void deleteEveryVersion(String key) {
    try {
      s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
    } catch (SdkException e) {
      if (!isNoSuchKey(e)) {
        throw AwsErrors.s3(e, bucket, "deleting object " + key);
      }
    }
    try {
      for (ListedVersion version : VersionPurge.every(key, listVersions(key))) {
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
}
