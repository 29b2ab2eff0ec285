package dev.tandem.adapter.aws;

import java.io.InputStream;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.S3Exceptions;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Makes S3Proxy's {@code If-Match} on {@code PutObject} atomic, as Amazon S3's is.
 *
 * <p>S3Proxy 4.1.0 honours {@code If-None-Match: *} inside its in-memory blob store, atomically (a
 * hard link that fails if the name is taken), but checks {@code If-Match} in its HTTP handler by
 * reading the current ETag and then writing: two replaces racing from one ETag can both pass the
 * check and both succeed. Amazon S3 evaluates the condition and writes as one step (412 for the
 * loser, 409 ConditionalRequestConflict while the other write is in flight). This wrapper performs
 * the {@code If-Match} check again together with the write, under one lock shared by every write
 * and delete, so that the local server keeps S3's promise and the adapters' race tests test the
 * adapters rather than S3Proxy's handler.
 *
 * <p>It adds nothing the adapters rely on beyond what S3 documents; it only closes S3Proxy's gap.
 * S3Proxy's handler check still runs first, unchanged.
 */
final class AtomicIfMatchBlobStore extends ForwardingBlobStore {
  private final Object writes = new Object();

  AtomicIfMatchBlobStore(BlobStore delegate) {
    super(delegate);
  }

  @Override
  public PutObjectResponse putBlob(PutObjectRequest request, InputStream payload) {
    synchronized (writes) {
      String ifMatch = request.ifMatch();
      if (ifMatch != null) {
        HeadObjectResponse current =
            delegate().blobMetadataIfPresent(request.bucket(), request.key());
        if (current == null) {
          throw S3Exceptions.fromStatusCode(404);
        }
        if (!unquoted(ifMatch).equals(unquoted(current.eTag()))) {
          throw S3Exceptions.fromStatusCode(412);
        }
      }
      return delegate().putBlob(request, payload);
    }
  }

  @Override
  public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
    synchronized (writes) {
      return delegate().removeBlob(request);
    }
  }

  private static String unquoted(String etag) {
    return etag == null ? "" : etag.replace("\"", "");
  }
}
