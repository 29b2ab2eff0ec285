package dev.tandem.adapter.gcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.WriteChannel;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import dev.tandem.adapter.gcp.GcsObjectStore.StoredObject;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.TandemException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CloudStorageObjectStore} on the real SDK over LocalStorageHelper, an in-memory {@code
 * Storage} shipped with google-cloud-nio: what that fake can honestly check.
 *
 * <p>It gives generations only to objects uploaded through a writer, throws on any option passed
 * to {@code create} (so on every precondition there) and does not know {@code versions=true}. So here: reads (metadata, then content at that generation), listing by
 * prefix over many objects, the guard against a server without generations, and proof that the
 * conditional writes reach the RPC layer with their precondition. The writes themselves, their
 * races and the deletion of generations run on {@link ModelObjectStore} instead.
 */
class CloudStorageObjectStoreLocalStorageTest {
  private static final String BUCKET = "tandem-local";

  private final Storage storage = LocalStorageHelper.getOptions().getService();
  private final CloudStorageObjectStore store =
      new CloudStorageObjectStore(storage, GcsLocation.of(BUCKET, "local"));

  @Test
  void read_returnsTheContentAndTheGenerationTheServerGave() throws IOException {
    long generation = upload("local/signing-shares/w/p", "{\"a\":1}");

    StoredObject read = store.read("local/signing-shares/w/p").orElseThrow();

    assertEquals(generation, read.generation());
    assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), read.content());
  }

  @Test
  void read_ofMissingObject_isEmpty() {
    assertTrue(store.read("local/signing-shares/w/none").isEmpty());
  }

  @Test
  void listNames_returnsEveryObjectUnderThePrefix_andNoNeighbour() {
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      String name = "local/backup-keys/wallet/key-" + i;
      storage.create(BlobInfo.newBuilder(BUCKET, name).build(), new byte[] {1});
      expected.add(name);
    }
    for (String neighbour :
        new String[] {"local/backup-keys/wallet0/k", "local/backup-keys/walle/k", "other/k"}) {
      storage.create(BlobInfo.newBuilder(BUCKET, neighbour).build(), new byte[] {1});
    }

    Set<String> listed = new HashSet<>(store.listNames("local/backup-keys/wallet/"));

    assertEquals(expected, listed);
  }

  @Test
  void serverWithoutGenerations_isReportedAsMisconfiguration() {
    // LocalStorageHelper's create() stores no generation, as a server without generations would.
    storage.create(BlobInfo.newBuilder(BUCKET, "local/x").build(), new byte[] {1});

    StorageMisconfiguredException e =
        assertThrows(StorageMisconfiguredException.class, () -> store.read("local/x"));

    assertTrue(e.getMessage().contains("generation"), e.getMessage());
  }

  @Test
  void conditionalWrites_reachTheRpcLayerWithTheirPrecondition() {
    // LocalStorageHelper throws UnsupportedOperationException exactly when a create carries an
    // option; a create the SDK sent unconditionally would have succeeded.
    TandemException create =
        assertThrows(TandemException.class, () -> store.createIfAbsent("local/c", new byte[] {1}));
    TandemException replace =
        assertThrows(
            TandemException.class, () -> store.replaceIfGeneration("local/c", new byte[] {1}, 5L));

    assertCausedByUnsupportedOption(create);
    assertCausedByUnsupportedOption(replace);
    assertEquals(null, storage.get(BlobId.of(BUCKET, "local/c")), "nothing was written");
  }

  private static void assertCausedByUnsupportedOption(Throwable e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof UnsupportedOperationException)) {
      cause = cause.getCause();
    }
    assertNotNull(cause, "not caused by LocalStorageHelper refusing an option: " + e);
  }

  /** Uploads through a writer, the one path on which LocalStorageHelper sets a generation. */
  private long upload(String name, String content) throws IOException {
    try (WriteChannel writer = storage.writer(BlobInfo.newBuilder(BUCKET, name).build())) {
      writer.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
    }
    Long generation = storage.get(BlobId.of(BUCKET, name)).getGeneration();
    assertNotNull(generation, "LocalStorageHelper gave the upload no generation");
    return generation;
  }
}
