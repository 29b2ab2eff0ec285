package dev.tandem.adapter.objectstore;

import dev.tandem.domain.error.StorageUnavailableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model of one bucket at the level of {@link ObjectStore}, following the semantics that S3 and
 * Cloud Storage document for conditional writes and object versions, for the tests no local server
 * can run:
 *
 * <ul>
 *   <li>Every write of a name makes a new version whose token was never given before, not even
 *       after the name was deleted and written again.
 *   <li>{@link #createIfAbsent} holds only if the name has no live version; {@link
 *       #replaceIfVersion} only if the live version is the one named (a missing object, or a token
 *       this store never issued, fails it). A failed condition throws {@link
 *       PreconditionFailedException} and writes nothing. Conditions are evaluated atomically with
 *       the write (one lock here; per object on the real stores).
 *   <li>A versioned bucket keeps the replaced live version as noncurrent until it is deleted; an
 *       unversioned one drops it.
 *   <li>Listing returns only live objects.
 * </ul>
 *
 * <p>Fault injection, for what a real store does on a bad day: an outage of the next calls
 * ({@link StorageUnavailableException}, of every operation or of one), a lost acknowledgement (the
 * write lands, and the call throws {@link StorageUnavailableException}), and a lost acknowledgement
 * whose write the client retried (the write lands, and the retry meets it: {@link
 * PreconditionFailedException}). For tamper tests the raw versions can be listed, read and
 * overwritten without any condition, as someone with write access to the bucket could.
 * Thread-safe.
 */
public final class ModelObjectStore implements ObjectStore {
  /** The operations of {@link ObjectStore}, for outages of one of them. */
  public enum Operation {
    READ,
    LIST,
    CREATE,
    REPLACE,
    DELETE_NONCURRENT,
    DELETE_EVERY
  }

  private final boolean versioning;
  private final Map<String, History> objects = new TreeMap<>();
  private final AtomicInteger outages = new AtomicInteger();
  private final Map<Operation, AtomicInteger> operationOutages = new EnumMap<>(Operation.class);
  private final AtomicInteger lostAcknowledgements = new AtomicInteger();
  private final AtomicInteger retriedAcknowledgements = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();
  private long lastVersion;

  /** A bucket that keeps noncurrent versions ({@code versioning}) or not. */
  public ModelObjectStore(boolean versioning) {
    this.versioning = versioning;
    for (Operation operation : Operation.values()) {
      operationOutages.put(operation, new AtomicInteger());
    }
  }

  /** The next {@code count} calls, of any operation, throw {@link StorageUnavailableException}. */
  public void failNextCalls(int count) {
    outages.set(count);
  }

  /** The next {@code count} calls of {@code operation} throw {@link StorageUnavailableException}. */
  public void failNextCalls(Operation operation, int count) {
    operationOutages.get(operation).set(count);
  }

  /** The next {@code count} writes land, but their callers see {@link StorageUnavailableException}. */
  public void loseAcknowledgements(int count) {
    lostAcknowledgements.set(count);
  }

  /**
   * The next {@code count} writes land, but their answers are lost and the client's retry meets the
   * landed write: the callers see {@link PreconditionFailedException}.
   */
  public void loseAcknowledgementsAndRetry(int count) {
    retriedAcknowledgements.set(count);
  }

  /** How many calls this store has answered or refused, of every operation. */
  public int calls() {
    return calls.get();
  }

  /** Every stored version of the name, live and noncurrent, oldest first. */
  public synchronized List<String> versions(String name) {
    History history = objects.get(name);
    return history == null ? List.of() : List.copyOf(history.versions.keySet());
  }

  /** The content of one stored version, live or noncurrent. */
  public synchronized Optional<byte[]> content(String name, String version) {
    History history = objects.get(name);
    return Optional.ofNullable(history == null ? null : history.versions.get(version))
        .map(byte[]::clone);
  }

  /** Every name with at least one stored version. */
  public synchronized List<String> allNames() {
    return List.copyOf(objects.keySet());
  }

  /** Writes without any condition, as another writer (or an attacker with access) could. */
  public synchronized String overwrite(String name, byte[] content) {
    return write(name, content);
  }

  /** Makes a noncurrent version live again (an attacker's rollback); returns its new version. */
  public synchronized String restore(String name, String version) {
    return write(name, content(name, version).orElseThrow());
  }

  @Override
  public Optional<StoredObject> read(String name) {
    call(Operation.READ, name);
    synchronized (this) {
      History history = objects.get(name);
      if (history == null || history.live == null) {
        return Optional.empty();
      }
      return Optional.of(
          new StoredObject(history.versions.get(history.live).clone(), history.live));
    }
  }

  @Override
  public List<String> list(String prefix) {
    call(Operation.LIST, prefix);
    synchronized (this) {
      List<String> names = new ArrayList<>();
      objects.forEach(
          (name, history) -> {
            if (name.startsWith(prefix) && history.live != null) {
              names.add(name);
            }
          });
      return names;
    }
  }

  @Override
  public String createIfAbsent(String name, byte[] content) {
    call(Operation.CREATE, name);
    String version;
    synchronized (this) {
      History history = objects.get(name);
      if (history != null && history.live != null) {
        throw refused("create of " + name + ": a live object exists");
      }
      version = write(name, content);
    }
    return acknowledge(version, name);
  }

  @Override
  public String replaceIfVersion(String name, byte[] content, String version) {
    call(Operation.REPLACE, name);
    String written;
    synchronized (this) {
      History history = objects.get(name);
      if (history == null || history.live == null || !history.live.equals(version)) {
        throw refused("replace of " + name + ": not at version " + version);
      }
      written = write(name, content);
    }
    return acknowledge(written, name);
  }

  @Override
  public void deleteNoncurrentVersions(String name) {
    call(Operation.DELETE_NONCURRENT, name);
    synchronized (this) {
      History history = objects.get(name);
      if (history == null) {
        return;
      }
      history.versions.keySet().removeIf(v -> !v.equals(history.live));
      if (history.versions.isEmpty()) {
        objects.remove(name);
      }
    }
  }

  @Override
  public void deleteEveryVersion(String name) {
    call(Operation.DELETE_EVERY, name);
    synchronized (this) {
      objects.remove(name);
    }
  }

  @Override
  public String url(String name) {
    return "model://bucket/" + name;
  }

  @Override
  public String toString() {
    return "ModelObjectStore[" + (versioning ? "versioned" : "unversioned") + "]";
  }

  /** Call with the lock held. */
  private String write(String name, byte[] content) {
    History history = objects.computeIfAbsent(name, n -> new History());
    if (history.live != null && !versioning) {
      history.versions.remove(history.live);
    }
    lastVersion++;
    String version = "v" + lastVersion;
    history.versions.put(version, Arrays.copyOf(content, content.length));
    history.live = version;
    return version;
  }

  private void call(Operation operation, String name) {
    calls.incrementAndGet();
    if (outages.getAndUpdate(n -> Math.max(0, n - 1)) > 0
        || operationOutages.get(operation).getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new StorageUnavailableException(
          "model bucket unavailable (" + operation + " " + url(name) + ")",
          new IOException("injected outage"));
    }
  }

  private String acknowledge(String version, String name) {
    if (lostAcknowledgements.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new StorageUnavailableException(
          "the answer to a write of " + url(name) + " was lost", new IOException("injected"));
    }
    if (retriedAcknowledgements.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw refused("retried write of " + name + " after a lost acknowledgement");
    }
    return version;
  }

  private static PreconditionFailedException refused(String what) {
    return new PreconditionFailedException("precondition failed: " + what, null);
  }

  /** Every stored version of one name, oldest first, and which is live (null once deleted). */
  private static final class History {
    private final Map<String, byte[]> versions = new LinkedHashMap<>();
    private String live;
  }
}
