package dev.tandem.adapter.gcp;

import static dev.tandem.adapter.gcp.GcsTestFixtures.BUCKET;
import static dev.tandem.adapter.gcp.GcsTestFixtures.LOCATION;
import static dev.tandem.adapter.gcp.RecordingStorage.blob;
import static dev.tandem.adapter.gcp.RecordingStorage.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage.BlobListOption;
import com.google.cloud.storage.Storage.BlobSourceOption;
import com.google.cloud.storage.Storage.BlobTargetOption;
import com.google.cloud.storage.StorageException;
import dev.tandem.adapter.gcp.GcsObjectStore.StoredObject;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.TandemException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link CloudStorageObjectStore} asks of the SDK, observed call by call: the exact
 * precondition option on every conditional call, the generations deleted, and how every SDK error
 * maps to a domain error.
 */
class CloudStorageObjectStoreTest {
  private static final String NAME = "tests/tandem/signing-shares/w/pair-1";
  private static final byte[] CONTENT = "{\"doc\":1}".getBytes(StandardCharsets.UTF_8);

  private final RecordingStorage recorder = new RecordingStorage();
  private final CloudStorageObjectStore store =
      new CloudStorageObjectStore(recorder.storage(), LOCATION);

  @Test
  void optionEquality_distinguishesPreconditions_soTheAssertionsBelowMeanSomething() {
    assertNotEquals(BlobTargetOption.doesNotExist(), BlobTargetOption.generationMatch(1L));
    assertNotEquals(BlobTargetOption.generationMatch(1L), BlobTargetOption.generationMatch(2L));
    assertNotEquals(BlobSourceOption.generationMatch(1L), BlobSourceOption.generationMatch(2L));
    assertNotEquals(BlobListOption.versions(true), BlobListOption.versions(false));
    assertNotEquals(BlobId.of(BUCKET, NAME, 1L), BlobId.of(BUCKET, NAME, 2L));
    assertNotEquals(BlobId.of(BUCKET, NAME, 1L), BlobId.of(BUCKET, NAME));
  }

  @Test
  void createIfAbsent_sendsDoesNotExist_andReturnsTheNewGeneration() {
    recorder.on("create", call -> blob(BUCKET, NAME, 1001L));

    long generation = store.createIfAbsent(NAME, CONTENT);

    assertEquals(1001L, generation);
    RecordingStorage.Call create = only(recorder.calls("create"));
    BlobInfo info = create.argsOf(BlobInfo.class).get(0);
    assertEquals(BlobId.of(BUCKET, NAME), info.getBlobId());
    assertEquals("application/json", info.getContentType());
    assertArrayEquals(CONTENT, create.argsOf(byte[].class).get(0));
    assertEquals(List.of(BlobTargetOption.doesNotExist()), create.argsOf(BlobTargetOption.class));
  }

  @Test
  void replaceIfGeneration_sendsGenerationMatchOfTheExpectedGeneration() {
    recorder.on("create", call -> blob(BUCKET, NAME, 1002L));

    long generation = store.replaceIfGeneration(NAME, CONTENT, 1001L);

    assertEquals(1002L, generation);
    RecordingStorage.Call create = only(recorder.calls("create"));
    assertEquals(BlobId.of(BUCKET, NAME), create.argsOf(BlobInfo.class).get(0).getBlobId());
    assertEquals(
        List.of(BlobTargetOption.generationMatch(1001L)), create.argsOf(BlobTargetOption.class));
  }

  @Test
  void conditionalWrites_turn412IntoGenerationMismatch_withTheCause() {
    StorageException preconditionFailed = new StorageException(412, "conditionNotMet");
    recorder.on(
        "create",
        call -> {
          throw preconditionFailed;
        });

    GenerationMismatchException onCreate =
        assertThrows(GenerationMismatchException.class, () -> store.createIfAbsent(NAME, CONTENT));
    GenerationMismatchException onReplace =
        assertThrows(
            GenerationMismatchException.class, () -> store.replaceIfGeneration(NAME, CONTENT, 7L));

    assertSame(preconditionFailed, onCreate.getCause());
    assertSame(preconditionFailed, onReplace.getCause());
    List<BlobTargetOption> sent =
        recorder.calls("create").stream()
            .flatMap(c -> c.argsOf(BlobTargetOption.class).stream())
            .toList();
    assertEquals(
        List.of(BlobTargetOption.doesNotExist(), BlobTargetOption.generationMatch(7L)), sent);
  }

  @Test
  void read_readsTheContentOnlyIfStillAtTheGenerationItsMetadataReported() {
    recorder
        .on("get", call -> blob(BUCKET, NAME, 1005L))
        .on("readAllBytes", call -> CONTENT.clone());

    StoredObject read = store.read(NAME).orElseThrow();

    assertEquals(1005L, read.generation());
    assertArrayEquals(CONTENT, read.content());
    assertEquals(List.of(BlobId.of(BUCKET, NAME)), only(recorder.calls("get")).args());
    RecordingStorage.Call content = only(recorder.calls("readAllBytes"));
    assertEquals(BlobId.of(BUCKET, NAME), content.argsOf(BlobId.class).get(0));
    assertEquals(
        List.of(BlobSourceOption.generationMatch(1005L)), content.argsOf(BlobSourceOption.class));
  }

  @Test
  void read_ofMissingObject_isEmpty() {
    recorder.on("get", call -> null);

    assertTrue(store.read(NAME).isEmpty());
    assertTrue(recorder.calls("readAllBytes").isEmpty());
  }

  @Test
  void read_whenReplacedBetweenMetadataAndContent_readsAgainAtTheNewGeneration() {
    AtomicInteger gets = new AtomicInteger();
    recorder
        .on("get", call -> blob(BUCKET, NAME, gets.incrementAndGet() == 1 ? 2001L : 2002L))
        .on(
            "readAllBytes",
            call -> {
              BlobSourceOption condition = call.argsOf(BlobSourceOption.class).get(0);
              if (condition.equals(BlobSourceOption.generationMatch(2001L))) {
                throw new StorageException(412, "conditionNotMet");
              }
              return CONTENT.clone();
            });

    StoredObject read = store.read(NAME).orElseThrow();

    assertEquals(2002L, read.generation());
    assertEquals(2, recorder.calls("readAllBytes").size());
  }

  @Test
  void read_whenDeletedBetweenMetadataAndContent_isEmpty() {
    AtomicInteger gets = new AtomicInteger();
    recorder
        .on("get", call -> gets.incrementAndGet() == 1 ? blob(BUCKET, NAME, 3001L) : null)
        .on(
            "readAllBytes",
            call -> {
              throw new StorageException(404, "No such object");
            });

    assertTrue(store.read(NAME).isEmpty());
  }

  @Test
  void read_thatNeverSettles_isUnavailableAfterBoundedAttempts() {
    AtomicInteger gets = new AtomicInteger();
    recorder
        .on("get", call -> blob(BUCKET, NAME, 4000L + gets.incrementAndGet()))
        .on(
            "readAllBytes",
            call -> {
              throw new StorageException(412, "conditionNotMet");
            });

    TandemException e = assertThrows(TandemException.class, () -> store.read(NAME));

    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, e.code());
    assertEquals(CloudStorageObjectStore.READ_ATTEMPTS, recorder.calls("readAllBytes").size());
  }

  @Test
  void listNames_listsByPrefix_withoutPageSize_andFollowsEveryPage() {
    recorder.on(
        "list",
        call ->
            page(
                List.of(
                    blob(BUCKET, "tests/tandem/backup-keys/w/a", 1L),
                    blob(BUCKET, "tests/tandem/backup-keys/w/b", 2L))));

    List<String> names = store.listNames("tests/tandem/backup-keys/w/");

    assertEquals(List.of("tests/tandem/backup-keys/w/a", "tests/tandem/backup-keys/w/b"), names);
    RecordingStorage.Call list = only(recorder.calls("list"));
    assertEquals(BUCKET, list.args().get(0));
    assertEquals(
        List.of(BlobListOption.prefix("tests/tandem/backup-keys/w/")),
        list.argsOf(BlobListOption.class));
  }

  @Test
  void deleteAllGenerations_listsVersions_andDeletesEachGenerationOfExactlyThatName() {
    recorder
        .on(
            "list",
            call ->
                page(
                    List.of(
                        blob(BUCKET, NAME, 10L),
                        blob(BUCKET, NAME, 20L),
                        blob(BUCKET, NAME + "0", 15L),
                        blob(BUCKET, NAME, 30L))))
        .on("delete", call -> true);

    store.deleteAllGenerations(NAME);

    RecordingStorage.Call list = only(recorder.calls("list"));
    assertEquals(
        List.of(BlobListOption.prefix(NAME), BlobListOption.versions(true)),
        list.argsOf(BlobListOption.class));
    assertEquals(
        List.of(BlobId.of(BUCKET, NAME, 10L), BlobId.of(BUCKET, NAME, 20L),
            BlobId.of(BUCKET, NAME, 30L)),
        deletedIds());
  }

  @Test
  void deleteAllGenerations_ofGenerationsAlreadyGone_succeeds() {
    recorder
        .on("list", call -> page(List.of(blob(BUCKET, NAME, 10L))))
        .on("delete", call -> false);

    store.deleteAllGenerations(NAME);

    assertEquals(List.of(BlobId.of(BUCKET, NAME, 10L)), deletedIds());
  }

  @Test
  void deleteGenerationsBefore_deletesOnlyOlderGenerations() {
    recorder
        .on(
            "list",
            call ->
                page(
                    List.of(
                        blob(BUCKET, NAME, 10L),
                        blob(BUCKET, NAME, 20L),
                        blob(BUCKET, NAME, 30L),
                        blob(BUCKET, NAME, 40L))))
        .on("delete", call -> true);

    store.deleteGenerationsBefore(NAME, 30L);

    assertEquals(List.of(BlobId.of(BUCKET, NAME, 10L), BlobId.of(BUCKET, NAME, 20L)), deletedIds());
    assertEquals(
        List.of(BlobListOption.prefix(NAME), BlobListOption.versions(true)),
        only(recorder.calls("list")).argsOf(BlobListOption.class));
  }

  @Test
  void everyDelete_namesAGeneration_andEveryWriteCarriesAPrecondition() {
    recorder
        .on("create", call -> blob(BUCKET, NAME, 50L))
        .on("list", call -> page(List.of(blob(BUCKET, NAME, 40L), blob(BUCKET, NAME, 50L))))
        .on("delete", call -> true);

    store.createIfAbsent(NAME, CONTENT);
    store.replaceIfGeneration(NAME, CONTENT, 40L);
    store.deleteGenerationsBefore(NAME, 50L);
    store.deleteAllGenerations(NAME);

    for (RecordingStorage.Call create : recorder.calls("create")) {
      assertEquals(1, create.argsOf(BlobTargetOption.class).size(), "create " + create);
    }
    for (BlobId deleted : deletedIds()) {
      assertTrue(deleted.getGeneration() != null, "delete without a generation: " + deleted);
    }
    assertEquals(3, deletedIds().size());
  }

  @Test
  void answerWithoutGeneration_isMisconfiguration() {
    recorder.on("create", call -> blob(BUCKET, NAME, null)).on("get", call -> blob(BUCKET, NAME, null));

    StorageMisconfiguredException onWrite =
        assertThrows(
            StorageMisconfiguredException.class, () -> store.createIfAbsent(NAME, CONTENT));
    StorageMisconfiguredException onRead =
        assertThrows(StorageMisconfiguredException.class, () -> store.read(NAME));

    assertTrue(onWrite.getMessage().contains("generation"), onWrite.getMessage());
    assertTrue(onRead.getMessage().contains("gs://" + BUCKET + "/" + NAME), onRead.getMessage());
  }

  static Stream<Arguments> sdkErrors() {
    return Stream.of(
        Arguments.of(new StorageException(0, "timeout", new SocketTimeoutException("read")),
            ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(new ConnectException("Connection refused")),
            ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(408, "Request Timeout"), ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(429, "Too Many Requests"),
            ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(500, "Internal Error"), ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(502, "Bad Gateway"), ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(503, "Service Unavailable"),
            ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(504, "Gateway Timeout"),
            ErrorCode.STORAGE_UNAVAILABLE),
        Arguments.of(new StorageException(401, "Unauthorized"), ErrorCode.STORAGE_MISCONFIGURED),
        Arguments.of(new StorageException(403, "Forbidden"), ErrorCode.STORAGE_MISCONFIGURED),
        Arguments.of(new StorageException(404, "The specified bucket does not exist."),
            ErrorCode.STORAGE_MISCONFIGURED),
        Arguments.of(new StorageException(400, "Invalid argument"),
            ErrorCode.STORAGE_MISCONFIGURED));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("sdkErrors")
  void sdkErrors_mapToDomainErrors_onEveryOperation(StorageException sdkError, ErrorCode expected) {
    recorder
        .on("create", call -> { throw sdkError; })
        .on("list", call -> { throw sdkError; })
        .on("get", call -> { throw sdkError; });
    List<Consumer<CloudStorageObjectStore>> operations = new ArrayList<>();
    operations.add(s -> s.createIfAbsent(NAME, CONTENT));
    operations.add(s -> s.replaceIfGeneration(NAME, CONTENT, 5L));
    operations.add(s -> s.read(NAME));
    operations.add(s -> s.listNames("tests/tandem/"));
    operations.add(s -> s.deleteAllGenerations(NAME));
    operations.add(s -> s.deleteGenerationsBefore(NAME, 5L));

    for (Consumer<CloudStorageObjectStore> operation : operations) {
      TandemException e = assertThrows(TandemException.class, () -> operation.accept(store));
      assertEquals(expected, e.code(), e.getMessage());
      assertSame(sdkError, e.getCause());
      assertTrue(e.getMessage().contains(BUCKET), "names the bucket: " + e.getMessage());
      assertFalse(e.getMessage().contains(new String(CONTENT, StandardCharsets.UTF_8)));
    }
  }

  @Test
  void readContentErrorsOtherThanChangedOrGone_mapToDomainErrors() {
    StorageException denied = new StorageException(403, "Forbidden");
    recorder
        .on("get", call -> blob(BUCKET, NAME, 9L))
        .on("readAllBytes", call -> { throw denied; });

    TandemException e = assertThrows(TandemException.class, () -> store.read(NAME));

    assertEquals(ErrorCode.STORAGE_MISCONFIGURED, e.code());
    assertSame(denied, e.getCause());
  }

  private List<BlobId> deletedIds() {
    return recorder.calls("delete").stream()
        .map(c -> c.argsOf(BlobId.class).get(0))
        .toList();
  }

  private static <T> T only(List<T> items) {
    assertEquals(1, items.size(), "calls: " + items);
    return items.get(0);
  }
}
