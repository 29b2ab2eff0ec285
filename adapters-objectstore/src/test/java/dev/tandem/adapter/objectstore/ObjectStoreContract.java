package dev.tandem.adapter.objectstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.objectstore.ObjectStore.StoredObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The {@link ObjectStore} SPI, as every implementation must keep it: run once per real store (and
 * on the core's {@link ModelObjectStore}). Each test works under a fresh name prefix, so a subclass
 * may share one bucket between tests.
 */
public abstract class ObjectStoreContract {

  /** The store under test; may be the same instance on every call. */
  protected abstract ObjectStore store();

  /**
   * Every stored version of the object, live and noncurrent, read past the SPI (a versioned bucket's
   * listing): how the suite sees what {@link ObjectStore#deleteNoncurrentVersions} left.
   */
  protected abstract List<String> storedVersions(String name);

  /** Whether the store under test keeps noncurrent versions (a versioned bucket). */
  protected abstract boolean keepsVersions();

  /** How many threads race one conditional write. */
  protected int racingWriters() {
    return 16;
  }

  protected Duration raceTimeout() {
    return Duration.ofSeconds(60);
  }

  private final String prefix = "contract-" + UUID.randomUUID() + "/";

  @Test
  void read_ofAMissingObject_isEmpty() {
    assertTrue(store().read(prefix + "missing").isEmpty());
  }

  @Test
  void createIfAbsent_thenRead_returnsTheContentAndTheVersionWritten() {
    String name = prefix + "a";

    String version = store().createIfAbsent(name, bytes("one"));

    StoredObject stored = store().read(name).orElseThrow();
    assertArrayEquals(bytes("one"), stored.content());
    assertEquals(version, stored.version());
  }

  @Test
  void createIfAbsent_whenTheObjectExists_failsItsConditionAndKeepsTheFirst() {
    String name = prefix + "a";
    String first = store().createIfAbsent(name, bytes("one"));

    assertThrows(PreconditionFailedException.class, () -> store().createIfAbsent(name, bytes("two")));

    StoredObject stored = store().read(name).orElseThrow();
    assertArrayEquals(bytes("one"), stored.content());
    assertEquals(first, stored.version());
  }

  @Test
  void replaceIfVersion_atTheLiveVersion_writesANewVersion() {
    String name = prefix + "a";
    String first = store().createIfAbsent(name, bytes("one"));

    String second = store().replaceIfVersion(name, bytes("two"), first);

    assertNotEquals(first, second);
    StoredObject stored = store().read(name).orElseThrow();
    assertArrayEquals(bytes("two"), stored.content());
    assertEquals(second, stored.version());
  }

  @Test
  void replaceIfVersion_atAnOlderVersion_failsAndWritesNothing() {
    String name = prefix + "a";
    String first = store().createIfAbsent(name, bytes("one"));
    String second = store().replaceIfVersion(name, bytes("two"), first);

    assertThrows(
        PreconditionFailedException.class,
        () -> store().replaceIfVersion(name, bytes("three"), first));

    StoredObject stored = store().read(name).orElseThrow();
    assertArrayEquals(bytes("two"), stored.content());
    assertEquals(second, stored.version());
  }

  @Test
  void replaceIfVersion_ofAMissingObject_doesNotMatch() {
    String name = prefix + "a";
    String version = store().createIfAbsent(name, bytes("one"));
    store().deleteEveryVersion(name);

    assertThrows(
        PreconditionFailedException.class, () -> store().replaceIfVersion(name, bytes("two"), version));
    assertThrows(
        PreconditionFailedException.class,
        () -> store().replaceIfVersion(prefix + "never", bytes("two"), version));
    assertTrue(store().read(name).isEmpty());
  }

  @Test
  void replaceIfVersion_withATokenTheStoreNeverIssued_doesNotMatch() {
    String name = prefix + "a";
    store().createIfAbsent(name, bytes("one"));

    for (String token : List.of("0", "-1", "\"not-a-version\"", "v999999999", "12345678901234567890")) {
      assertThrows(
          PreconditionFailedException.class,
          () -> store().replaceIfVersion(name, bytes("two"), token),
          token);
    }
    assertArrayEquals(bytes("one"), store().read(name).orElseThrow().content());
  }

  @Test
  void versions_areNeverReused_notEvenAfterADeleteAndARewrite() {
    String name = prefix + "a";
    Set<String> seen = new HashSet<>();
    String version = store().createIfAbsent(name, bytes("w0"));
    assertTrue(seen.add(version));
    for (int i = 1; i < 5; i++) {
      version = store().replaceIfVersion(name, bytes("w" + i), version);
      assertTrue(seen.add(version), "reused " + version);
    }
    store().deleteEveryVersion(name);

    assertTrue(seen.add(store().createIfAbsent(name, bytes("w5"))), "reused after delete");
  }

  @Test
  void list_returnsTheLiveNamesUnderThePrefix_only() {
    store().createIfAbsent(prefix + "w/1", bytes("1"));
    store().createIfAbsent(prefix + "w/2", bytes("2"));
    store().createIfAbsent(prefix + "w/deleted", bytes("3"));
    store().deleteEveryVersion(prefix + "w/deleted");
    store().createIfAbsent(prefix + "w-other/1", bytes("4"));
    store().createIfAbsent(prefix + "x/1", bytes("5"));

    assertEquals(
        Set.of(prefix + "w/1", prefix + "w/2"), new HashSet<>(store().list(prefix + "w/")));
    assertEquals(List.of(), store().list(prefix + "nothing/"));
  }

  @Test
  void deleteNoncurrentVersions_keepsTheLiveOne_andLeavesNoOlderCopy() {
    String name = prefix + "a";
    String version = store().createIfAbsent(name, bytes("one"));
    version = store().replaceIfVersion(name, bytes("two"), version);
    version = store().replaceIfVersion(name, bytes("three"), version);
    if (keepsVersions()) {
      assertEquals(3, storedVersions(name).size(), "the bucket keeps versions");
    }

    store().deleteNoncurrentVersions(name);

    assertEquals(1, storedVersions(name).size(), "left: " + storedVersions(name));
    StoredObject stored = store().read(name).orElseThrow();
    assertArrayEquals(bytes("three"), stored.content());
    assertEquals(version, stored.version());
    assertArrayEquals(
        bytes("four"), readBack(name, store().replaceIfVersion(name, bytes("four"), version)));
  }

  @Test
  void deleteNoncurrentVersions_ofAMissingObject_doesNothing() {
    store().deleteNoncurrentVersions(prefix + "missing");

    assertTrue(store().read(prefix + "missing").isEmpty());
  }

  @Test
  void deleteNoncurrentVersions_sparesAnotherObjectWhoseNameSharesThePrefix() {
    String name = prefix + "pair";
    String longer = prefix + "pair.json";
    String longerVersion = store().createIfAbsent(longer, bytes("x1"));
    store().replaceIfVersion(longer, bytes("x2"), longerVersion);
    String version = store().createIfAbsent(name, bytes("one"));
    store().replaceIfVersion(name, bytes("two"), version);

    store().deleteNoncurrentVersions(name);
    store().deleteEveryVersion(name);

    assertArrayEquals(bytes("x2"), store().read(longer).orElseThrow().content());
    assertEquals(keepsVersions() ? 2 : 1, storedVersions(longer).size());
  }

  @Test
  void deleteEveryVersion_leavesNothing_andTheNameCanBeCreatedAgain() {
    String name = prefix + "a";
    String version = store().createIfAbsent(name, bytes("one"));
    store().replaceIfVersion(name, bytes("two"), version);

    store().deleteEveryVersion(name);
    store().deleteEveryVersion(name);

    assertTrue(store().read(name).isEmpty());
    assertEquals(List.of(), storedVersions(name));
    assertEquals(List.of(), store().list(prefix));
    store().createIfAbsent(name, bytes("three"));
    assertArrayEquals(bytes("three"), store().read(name).orElseThrow().content());
  }

  @Test
  void url_namesTheObject() {
    assertTrue(store().url(prefix + "a").endsWith(prefix + "a"), store().url(prefix + "a"));
  }

  @Test
  void racingCreatesOfOneName_haveExactlyOneWinner() throws Exception {
    String name = prefix + "race-create";

    List<Outcome> outcomes = race(i -> () -> store().createIfAbsent(name, bytes("racer " + i)));

    Outcome winner = onlyWinner(outcomes);
    StoredObject stored = store().read(name).orElseThrow();
    assertEquals(winner.version(), stored.version());
    assertArrayEquals(bytes("racer " + winner.racer()), stored.content());
  }

  @Test
  void racingReplacesFromOneVersion_haveExactlyOneWinner() throws Exception {
    String name = prefix + "race-replace";
    String base = store().createIfAbsent(name, bytes("base"));

    List<Outcome> outcomes =
        race(i -> () -> store().replaceIfVersion(name, bytes("racer " + i), base));

    Outcome winner = onlyWinner(outcomes);
    StoredObject stored = store().read(name).orElseThrow();
    assertEquals(winner.version(), stored.version());
    assertArrayEquals(bytes("racer " + winner.racer()), stored.content());
  }

  // ------------------------------------------------------------------------------ helpers

  private byte[] readBack(String name, String version) {
    StoredObject stored = store().read(name).orElseThrow();
    assertEquals(version, stored.version());
    return stored.content();
  }

  private static byte[] bytes(String text) {
    return ("{\"content\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  private record Outcome(int racer, String version, Throwable failure) {}

  private List<Outcome> race(IntFunction<Callable<String>> write) throws Exception {
    int count = racingWriters();
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CyclicBarrier start = new CyclicBarrier(count);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Callable<String> call = write.apply(i);
        futures.add(
            threads.submit(
                () -> {
                  start.await(raceTimeout().toSeconds(), TimeUnit.SECONDS);
                  return call.call();
                }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        try {
          outcomes.add(
              new Outcome(i, futures.get(i).get(raceTimeout().toSeconds(), TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          outcomes.add(new Outcome(i, null, e.getCause()));
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  private static Outcome onlyWinner(List<Outcome> outcomes) {
    List<Outcome> winners = outcomes.stream().filter(o -> o.failure() == null).toList();
    assertEquals(1, winners.size(), "winners: " + winners);
    for (Outcome loser : outcomes) {
      if (loser.failure() != null) {
        assertInstanceOf(PreconditionFailedException.class, loser.failure(), "racer " + loser.racer());
      }
    }
    assertFalse(winners.get(0).version().isEmpty());
    return winners.get(0);
  }
}
