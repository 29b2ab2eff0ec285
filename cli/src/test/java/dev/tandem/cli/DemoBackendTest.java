package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.http4k.connect.amazon.kms.FakeKMS;
import org.http4k.server.Http4kServer;
import org.http4k.server.SunHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code tandem demo --backend aws|gcp}: the AWS run goes end to end against an in-process S3
 * server (S3Proxy) and KMS fake (http4k), with credentials from the SDK's default chain (system
 * properties here); missing settings are usage errors that name the option and the variable.
 */
class DemoBackendTest {
  private static final String REGION = "us-east-1";
  private static final String IDENTITY = "tandem-cli-test-identity";
  private static final String CREDENTIAL = "tandem-cli-test-credential-0123456789";
  private static final String ACCESS_KEY_PROPERTY = "aws.accessKeyId";
  private static final String SECRET_KEY_PROPERTY = "aws.secretAccessKey";

  private static S3Proxy s3Proxy;
  private static Http4kServer kmsServer;
  private static S3Client s3;
  private static String kmsKeyId;
  private static String previousAccessKey;
  private static String previousSecretKey;

  @BeforeAll
  static void startLocalAws() throws Exception {
    s3Proxy =
        S3Proxy.builder()
            .blobStore(new TransientNio2BlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, IDENTITY, CREDENTIAL)
            .stopTimeout(100)
            .build();
    s3Proxy.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"STARTED".equals(s3Proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Proxy did not start: " + s3Proxy.getState());
      }
      Thread.sleep(10);
    }
    kmsServer = new SunHttp(0).toServer(new FakeKMS()).start();

    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL));
    s3 =
        S3Client.builder()
            .region(Region.of(REGION))
            .endpointOverride(s3Endpoint())
            .forcePathStyle(true)
            .credentialsProvider(credentials)
            .build();
    try (KmsClient kms =
        KmsClient.builder()
            .region(Region.of(REGION))
            .endpointOverride(kmsEndpoint())
            .credentialsProvider(credentials)
            .build()) {
      kmsKeyId = kms.createKey(b -> b.description("tandem cli test key")).keyMetadata().keyId();
    }

    // The component takes its credentials from the SDK's default chain; system properties are
    // its second source, after the environment (which the test run leaves without AWS keys).
    previousAccessKey = System.setProperty(ACCESS_KEY_PROPERTY, IDENTITY);
    previousSecretKey = System.setProperty(SECRET_KEY_PROPERTY, CREDENTIAL);
  }

  @AfterAll
  static void stopLocalAws() {
    restore(ACCESS_KEY_PROPERTY, previousAccessKey);
    restore(SECRET_KEY_PROPERTY, previousSecretKey);
    if (s3 != null) {
      s3.close();
    }
    if (kmsServer != null) {
      kmsServer.stop();
    }
    if (s3Proxy != null) {
      try {
        s3Proxy.stop();
      } catch (Exception ignored) {
        // Stopped regardless; open keep-alive connections may not drain in time.
      }
    }
  }

  @Test
  void awsDemo_runsOnS3AndKms_andPrintsTheDocument() throws Exception {
    String bucket = "tandem-cli-" + UUID.randomUUID();
    s3.createBucket(b -> b.bucket(bucket));

    // Options and variables mixed: the option wins over its variable.
    Run run =
        Run.withEnvironment(
            Map.of(
                BackendOptions.AWS_REGION, REGION,
                BackendOptions.AWS_BUCKET, "no-such-bucket-the-option-wins",
                BackendOptions.AWS_KMS_KEY_ID, kmsKeyId,
                BackendOptions.AWS_KMS_ENDPOINT, kmsEndpoint().toString()),
            "demo",
            "--backend", "aws",
            "--json",
            "--aws-bucket", bucket,
            "--aws-prefix", "cli-demo",
            "--aws-s3-endpoint", s3Endpoint().toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("their records on AWS (S3 + KMS)"), run.err());
    JsonNode document = new ObjectMapper().readTree(run.out());
    assertEquals(
        Set.of("wallet", "pairs", "signatures", "revokedPairSignAttempt"), fieldNames(document));
    assertTrue(document.get("wallet").get("address").asText().matches("0x[0-9a-fA-F]{40}"));
    JsonNode pairs = document.get("pairs");
    assertEquals(2, pairs.size());
    assertEquals("REVOKED", pairs.get(0).get("status").asText());
    assertEquals("COMPLETED", pairs.get(1).get("status").asText());
    assertEquals(6, document.get("signatures").size());
    assertEquals("PAIR_REVOKED", document.get("revokedPairSignAttempt").get("error").asText());
    assertEquals(
        pairs.get(0).get("id").asText(),
        document.get("revokedPairSignAttempt").get("pair").asText());

    // The records went to the bucket, under the prefix.
    List<S3Object> objects = s3.listObjectsV2(b -> b.bucket(bucket)).contents();
    assertFalse(objects.isEmpty(), "the demo stored nothing in the bucket");
    for (S3Object object : objects) {
      assertTrue(object.key().startsWith("cli-demo/"), object.key());
    }
  }

  @Test
  void awsDemo_withoutSettings_isAUsageErrorNamingThem() {
    Run run = Run.withEnvironment(Map.of(), "demo", "--backend", "aws");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--aws-region (or TANDEM_AWS_REGION)"), run.err());
    assertTrue(run.err().contains("--aws-bucket (or TANDEM_AWS_BUCKET)"), run.err());
    assertTrue(run.err().contains("--aws-kms-key-id (or TANDEM_AWS_KMS_KEY_ID)"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void awsDemo_withOnlySomeSettings_namesOnlyTheMissingOnes() {
    Run run =
        Run.withEnvironment(
            Map.of(BackendOptions.AWS_REGION, REGION),
            "demo", "--backend", "aws", "--aws-bucket", "some-bucket");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("needs --aws-kms-key-id (or TANDEM_AWS_KMS_KEY_ID)"), run.err());
    assertFalse(run.err().contains("--aws-region (or"), run.err());
    assertFalse(run.err().contains("--aws-bucket (or"), run.err());
  }

  @Test
  void gcpDemo_withoutSettings_isAUsageErrorNamingThem() {
    Run run = Run.withEnvironment(Map.of(), "demo", "--backend", "gcp");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--gcp-bucket (or TANDEM_GCP_BUCKET)"), run.err());
    assertTrue(run.err().contains("--gcp-kek (or TANDEM_GCP_KEK)"), run.err());
  }

  @Test
  void gcpDemo_withAMalformedKey_namesTheSettingButNeverItsValue() {
    String wrongLength = Base64.getEncoder().encodeToString(new byte[16]);
    Run run =
        Run.withEnvironment(
            Map.of(BackendOptions.GCP_KEK, wrongLength),
            "demo", "--backend", "gcp", "--gcp-bucket", "some-bucket");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--gcp-kek / TANDEM_GCP_KEK"), run.err());
    assertFalse(run.err().contains(wrongLength), "the key is never printed");
  }

  @Test
  void unknownBackend_isAUsageError() {
    Run run = Run.of("demo", "--backend", "azure");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("not one of inmemory, aws, gcp"), run.err());
  }

  private static URI s3Endpoint() {
    return URI.create("http://127.0.0.1:" + s3Proxy.getPort());
  }

  private static URI kmsEndpoint() {
    return URI.create("http://127.0.0.1:" + kmsServer.port());
  }

  private static void restore(String property, String previous) {
    if (previous == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, previous);
    }
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
