package dev.tandem.adapter.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.objectstore.ObjectStore;
import dev.tandem.adapter.objectstore.PreconditionFailedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Many threads race one conditional write on the S3 server: exactly one wins, and every loser's
 * {@link PreconditionFailedException} comes from the server's own refusal (412, or 409
 * ConditionalRequestConflict), not from any lock in the adapter.
 */
class S3ConditionalWriteRaceTest {
  private static final int RACERS = 32;
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(false);
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(RACERS);

  private final S3ObjectStore store = new S3ObjectStore(AWS.s3(), BUCKET);

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  @Test
  void racingCreatesOfOneKey_haveExactlyOneWinner() throws Exception {
    String key = "race/create-" + System.nanoTime() + ".json";

    List<Outcome> outcomes = race(i -> () -> store.createIfAbsent(key, body(i)));

    Outcome winner = onlyWinner(outcomes);
    ObjectStore.StoredObject stored = store.read(key).orElseThrow();
    assertEquals(winner.etag(), stored.version());
    assertEquals(new String(body(winner.racer()), StandardCharsets.UTF_8),
        new String(stored.content(), StandardCharsets.UTF_8));
  }

  @Test
  void racingReplacesFromOneEtag_haveExactlyOneWinner() throws Exception {
    String key = "race/replace-" + System.nanoTime() + ".json";
    String base = store.createIfAbsent(key, body(-1));

    List<Outcome> outcomes = race(i -> () -> store.replaceIfVersion(key, body(i), base));

    Outcome winner = onlyWinner(outcomes);
    ObjectStore.StoredObject stored = store.read(key).orElseThrow();
    assertEquals(winner.etag(), stored.version());
    assertEquals(new String(body(winner.racer()), StandardCharsets.UTF_8),
        new String(stored.content(), StandardCharsets.UTF_8));
  }

  private static byte[] body(int racer) {
    return ("{\"racer\":" + racer + "}").getBytes(StandardCharsets.UTF_8);
  }

  private record Outcome(int racer, String etag, Throwable failure) {}

  private static List<Outcome> race(IntFunction<Callable<String>> write) throws Exception {
    CyclicBarrier start = new CyclicBarrier(RACERS);
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      Callable<String> call = write.apply(i);
      futures.add(
          THREADS.submit(
              () -> {
                start.await(30, TimeUnit.SECONDS);
                return call.call();
              }));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      try {
        outcomes.add(new Outcome(i, futures.get(i).get(60, TimeUnit.SECONDS), null));
      } catch (ExecutionException e) {
        outcomes.add(new Outcome(i, null, e.getCause()));
      }
    }
    return outcomes;
  }

  private static Outcome onlyWinner(List<Outcome> outcomes) {
    List<Outcome> winners = outcomes.stream().filter(o -> o.failure() == null).toList();
    assertEquals(1, winners.size(), "winners: " + winners);
    for (Outcome loser : outcomes) {
      if (loser.failure() == null) {
        continue;
      }
      PreconditionFailedException conflict =
          assertInstanceOf(
              PreconditionFailedException.class, loser.failure(), "racer " + loser.racer());
      S3Exception refusal = assertInstanceOf(S3Exception.class, conflict.getCause());
      assertTrue(Set.of(409, 412).contains(refusal.statusCode()), "status " + refusal.statusCode());
    }
    return winners.get(0);
  }
}
