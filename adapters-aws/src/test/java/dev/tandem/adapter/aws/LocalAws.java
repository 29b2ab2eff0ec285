package dev.tandem.adapter.aws;

import dev.tandem.adapter.aws.wiring.AwsClientsModule;
import dev.tandem.adapter.aws.wiring.AwsTandemConfig;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.http4k.connect.amazon.kms.FakeKMS;
import org.http4k.server.Http4kServer;
import org.http4k.server.SunHttp;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * Real local servers for the AWS adapters, in this JVM: S3Proxy over an in-memory blob store (with
 * AWS V2/V4 signature checks, so wrong credentials are refused; {@code If-Match} made atomic by
 * {@link AtomicIfMatchBlobStore}) and http4k's fake KMS. No Docker, no network beyond the loopback
 * interface.
 *
 * <p>{@link #shared()} starts one pair of servers for the whole test run; tests that stop a server
 * start their own with {@link #start()}.
 */
public final class LocalAws implements AutoCloseable {
  public static final String REGION = "us-east-1";
  public static final String IDENTITY = "tandem-test-identity";
  public static final String CREDENTIAL = "tandem-test-credential-0123456789";

  /** Generous for a loaded 2-core CI machine, well under the contract suites' race timeout. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

  private static LocalAws shared;

  private final S3Proxy s3Proxy;
  private final Http4kServer kmsServer;
  private final S3Client s3;
  private final KmsClient kms;
  private final String kmsKeyId;

  private LocalAws(S3Proxy s3Proxy, Http4kServer kmsServer) {
    this.s3Proxy = s3Proxy;
    this.kmsServer = kmsServer;
    AwsTandemConfig admin = configBuilder("admin-bucket", "unused-key").build();
    this.s3 = AwsClientsModule.s3Client(admin, credentials());
    this.kms = AwsClientsModule.kmsClient(admin, credentials());
    this.kmsKeyId = kms.createKey(b -> b.description("tandem test key")).keyMetadata().keyId();
  }

  /** The servers every test of the run shares, started on first use. */
  public static synchronized LocalAws shared() {
    if (shared == null) {
      shared = start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "local-aws-shutdown"));
    }
    return shared;
  }

  /** A fresh pair of servers, for a test that stops one. Close it when done. */
  public static LocalAws start() {
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(new AtomicIfMatchBlobStore(new TransientNio2BlobStore()))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, IDENTITY, CREDENTIAL)
            // An outage is abrupt: stopping does not wait for open connections to drain.
            .stopTimeout(100)
            .build();
    Http4kServer kmsServer = null;
    try {
      proxy.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
        Thread.sleep(10);
      }
      kmsServer = new SunHttp(0).toServer(new FakeKMS()).start();
      return new LocalAws(proxy, kmsServer);
    } catch (Exception e) {
      stopQuietly(proxy, kmsServer);
      throw new IllegalStateException("cannot start the local AWS servers", e);
    }
  }

  public static AwsCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL));
  }

  public URI s3Endpoint() {
    return URI.create("http://127.0.0.1:" + s3Proxy.getPort());
  }

  public URI kmsEndpoint() {
    return URI.create("http://127.0.0.1:" + kmsServer.port());
  }

  /** A client for test set-up and inspection (creating buckets, listing versions). */
  public S3Client s3() {
    return s3;
  }

  public KmsClient kms() {
    return kms;
  }

  public String kmsKeyId() {
    return kmsKeyId;
  }

  /** A new, empty bucket; versioned or not. */
  public String newBucket(boolean versioned) {
    String bucket = "tandem-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(bucket));
    if (versioned) {
      s3.putBucketVersioning(
          b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    }
    return bucket;
  }

  /** The configuration a deployment against these servers would use, with test timeouts. */
  public AwsTandemConfig.Builder configBuilder(String bucket, String keyId) {
    return AwsTandemConfig.builder(REGION, bucket, keyId)
        .keyPrefix("tandem-test")
        .s3Endpoint(s3Endpoint())
        .kmsEndpoint(kmsEndpoint())
        .s3PathStyleAccess(true)
        .connectionTimeout(Duration.ofSeconds(2))
        .socketTimeout(Duration.ofSeconds(10))
        .apiCallAttemptTimeout(Duration.ofSeconds(10))
        .apiCallTimeout(CALL_TIMEOUT)
        .maxAttempts(3)
        .maxConnections(64);
  }

  /** Clients built exactly as production builds them, for this configuration. */
  public Clients clients(AwsTandemConfig config) {
    return new Clients(
        AwsClientsModule.s3Client(config, credentials()),
        AwsClientsModule.kmsClient(config, credentials()));
  }

  /** An S3 and a KMS client, closed together. */
  public record Clients(S3Client s3, KmsClient kms) implements AutoCloseable {
    @Override
    public void close() {
      s3.close();
      kms.close();
    }
  }

  /**
   * Stops the S3 server at once and checks that its port refuses connections. Jetty's graceful stop
   * reports a timeout when open keep-alive connections do not drain within the stop timeout; it
   * has stopped every connector by then, which the check confirms.
   */
  public void stopS3() throws Exception {
    int port = s3Proxy.getPort();
    try {
      s3Proxy.stop();
    } catch (TimeoutException drainTimedOut) {
      // Expected with the clients' pooled connections open: the server is stopped regardless.
    }
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      throw new IllegalStateException("S3Proxy still accepts connections after stop()");
    } catch (ConnectException refused) {
      // Stopped.
    }
  }

  public void stopKms() {
    kmsServer.stop();
  }

  @Override
  public void close() {
    s3.close();
    kms.close();
    stopQuietly(s3Proxy, kmsServer);
  }

  private static void stopQuietly(S3Proxy proxy, Http4kServer kmsServer) {
    try {
      proxy.stop();
    } catch (Exception ignored) {
      // Already stopped, or never started: nothing left to release.
    }
    if (kmsServer != null) {
      try {
        kmsServer.stop();
      } catch (RuntimeException ignored) {
        // Already stopped.
      }
    }
  }
}
