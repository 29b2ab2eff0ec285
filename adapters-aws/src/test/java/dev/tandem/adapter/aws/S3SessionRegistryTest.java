package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreSessionRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.adapter.aws.wiring.AwsTandemConfig;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionRegistryPort.Admission;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.contract.ManualClock;
import dev.tandem.domain.port.contract.SessionRegistryContract;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link ObjectStoreSessionRegistry} passes the shared session registry contract through the real S3 client
 * against S3Proxy, whose {@code If-None-Match: *} is atomic as Amazon S3's is; and two custodian
 * instances on one bucket, each with its own client, admit an id once between them.
 */
class S3SessionRegistryTest extends SessionRegistryContract {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(false);
  private static final String PREFIX = "contract";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected SessionRegistryPort createRegistry(Clock clock, SessionWindow window) {
    return registry(AWS.s3(), clock, window);
  }

  private static ObjectStoreSessionRegistry registry(S3Client s3, Clock clock, SessionWindow window) {
    return S3Repositories.sessionRegistry(
        s3, new AwsStorageSettings(BUCKET, PREFIX, AWS.kmsKeyId()), clock, window);
  }

  @Test
  void anAdmittedId_isOneObjectUnderThePrefix_andARefusedOneNone() throws IOException {
    ProtocolSessionId admitted = newId();
    ProtocolSessionId tooOld = newId();
    Instant now = clock().instant();
    registry().admit(admitted, now);
    registry().admit(tooOld, Instant.EPOCH);

    String key = "contract/protocol-sessions/" + admitted.toHex() + ".json";
    JsonNode document =
        JSON.readTree(AWS.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray());
    assertEquals(admitted.toHex(), document.get("sessionId").asText());
    assertEquals(now.toString(), document.get("issuedAt").asText());
    assertEquals(WINDOW.rememberUntil(now).toString(), document.get("rememberUntil").asText());
    assertEquals(1, document.get("format").asInt());
    List<String> keys = new ArrayList<>();
    for (S3Object object :
        AWS.s3().listObjectsV2Paginator(b -> b.bucket(BUCKET).prefix("contract/")).contents()) {
      keys.add(object.key());
    }
    assertTrue(keys.contains(key), "listed: " + keys.size());
    assertTrue(
        keys.stream().noneMatch(k -> k.contains(tooOld.toHex())), "a refused id wrote an object");
  }

  @Test
  void twoCustodianInstancesOnOneBucket_admitAnIdOnceBetweenThem() throws Exception {
    ManualClock clock = new ManualClock(START);
    AwsTandemConfig config = AWS.configBuilder(BUCKET, AWS.kmsKeyId()).build();
    try (LocalAws.Clients first = AWS.clients(config);
        LocalAws.Clients second = AWS.clients(config)) {
      ObjectStoreSessionRegistry one = registry(first.s3(), clock, WINDOW);
      ObjectStoreSessionRegistry other = registry(second.s3(), clock, WINDOW);
      ProtocolSessionId id = newId();
      Instant now = clock.instant();

      assertEquals(Admission.ADMITTED, one.admit(id, now));
      assertEquals(Admission.REPLAYED, other.admit(id, now));

      ProtocolSessionId raced = newId();
      List<Admission> answers = race(16, i -> (i % 2 == 0 ? one : other).admit(raced, now));
      assertEquals(1, answers.stream().filter(a -> a == Admission.ADMITTED).count(), "" + answers);
      assertEquals(15, answers.stream().filter(a -> a == Admission.REPLAYED).count(), "" + answers);
    }
  }

  @Test
  void aCreateWhoseAnswerWasLost_andThatTheClientRetried_isStillAdmitted() {
    AtomicInteger lost = new AtomicInteger();
    ExecutionInterceptor loseFirstPutAnswer =
        new ExecutionInterceptor() {
          @Override
          public void afterTransmission(
              Context.AfterTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof PutObjectRequest && lost.getAndIncrement() == 0) {
              throw SdkClientException.create(
                  "answer lost", new IOException("connection reset after the write"));
            }
          }
        };
    try (S3Client s3 =
        S3Client.builder()
            .region(Region.of(LocalAws.REGION))
            .credentialsProvider(LocalAws.credentials())
            .endpointOverride(AWS.s3Endpoint())
            .forcePathStyle(true)
            .overrideConfiguration(c -> c.addExecutionInterceptor(loseFirstPutAnswer))
            .build()) {
      ObjectStoreSessionRegistry registry = registry(s3, clock(), WINDOW);
      ProtocolSessionId id = newId();

      assertEquals(Admission.ADMITTED, registry.admit(id, clock().instant()));

      assertTrue(lost.get() >= 2, "the client retried the write: " + lost.get());
      assertEquals(Admission.REPLAYED, registry.admit(id, clock().instant()));
    }
  }

  @Test
  void anUnreachableBucket_failsClosed_retryably() throws Exception {
    try (LocalAws own = LocalAws.start()) {
      String bucket = own.newBucket(false);
      AwsTandemConfig config =
          own.configBuilder(bucket, own.kmsKeyId())
              .maxAttempts(1)
              .apiCallTimeout(Duration.ofSeconds(5))
              .apiCallAttemptTimeout(Duration.ofSeconds(5))
              .build();
      try (LocalAws.Clients clients = own.clients(config)) {
        ObjectStoreSessionRegistry registry =
            S3Repositories.sessionRegistry(clients.s3(), config.storageSettings(), clock(), WINDOW);
        own.stopS3();

        StorageUnavailableException e =
            assertThrows(
                StorageUnavailableException.class,
                () -> registry.admit(newId(), clock().instant()));
        assertTrue(e.retryable());
      }
    }
  }

  private static List<Admission> race(int count, IntFunction<Admission> admit)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CyclicBarrier start = new CyclicBarrier(count);
      List<Future<Admission>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int racer = i;
        Callable<Admission> call =
            () -> {
              start.await(30, TimeUnit.SECONDS);
              return admit.apply(racer);
            };
        futures.add(threads.submit(call));
      }
      List<Admission> answers = new ArrayList<>();
      for (Future<Admission> future : futures) {
        answers.add(future.get(60, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }
}
