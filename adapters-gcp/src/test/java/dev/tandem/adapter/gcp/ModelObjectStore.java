package dev.tandem.adapter.gcp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model of one Cloud Storage bucket at the level of {@link GcsObjectStore}, following the
 * documented semantics of generations and preconditions, for the tests that no local server can
 * run (LocalStorageHelper has no generations and rejects preconditions):
 *
 * <ul>
 *   <li>Every write of a name creates a new generation, larger than every generation the bucket
 *       ever gave, so a generation is never reused, not even after the name was deleted and
 *       written again (Cloud Storage generations are timestamps of microsecond resolution).
 *   <li>{@code ifGenerationMatch=0} holds only if the name has no live generation; {@code
 *       ifGenerationMatch=g} only if the live generation is g (a missing object fails it). A
 *       failed precondition is HTTP 412 and writes nothing. Preconditions are evaluated atomically
 *       with the write (one lock here; per object in Cloud Storage).
 *   <li>With object versioning on, a write keeps the replaced live generation as noncurrent
 *       (listing with {@code versions=true} shows it); deleting a named generation removes it for
 *       good. With versioning off, a write drops the replaced generation. (The adapters never
 *       delete without naming a generation, so the model has no such delete.)
 *   <li>Listing returns only live objects.
 * </ul>
 *
 * <p>Not modelled: soft delete (the adapters' documentation asks for it to be off), metagenerations,
 * and the per-object write rate limit (one write per second per name) that Cloud Storage enforces
 * with 429.
 *
 * <p>For tests it can also lose the acknowledgement of a write: the write lands, but the call
 * fails as the SDK's retry of it would, with a precondition failure.
 */
class ModelObjectStore implements GcsObjectStore {
  private final boolean versioning;
  private final Map<String, ObjectHistory> objects = new TreeMap<>();
  private final AtomicInteger lostAcknowledgements = new AtomicInteger();
  /** Microseconds since the epoch of 2024-01-01, like a Cloud Storage generation. */
  private long lastGeneration = 1_704_067_200_000_000L;

  ModelObjectStore(boolean versioning) {
    this.versioning = versioning;
  }

  /** The next {@code count} writes land, but their callers see a precondition failure. */
  void loseAcknowledgements(int count) {
    lostAcknowledgements.set(count);
  }

  /** Every stored generation of the name, live and noncurrent, oldest first. */
  synchronized List<Long> generations(String name) {
    ObjectHistory history = objects.get(name);
    return history == null ? List.of() : List.copyOf(history.all().keySet());
  }

  /** The content of one stored generation, live or noncurrent. */
  synchronized Optional<byte[]> content(String name, long generation) {
    ObjectHistory history = objects.get(name);
    return Optional.ofNullable(history == null ? null : history.all().get(generation))
        .map(byte[]::clone);
  }

  /** Every name with at least one stored generation. */
  synchronized List<String> allNames() {
    return List.copyOf(objects.keySet());
  }

  /** Permanently deletes one generation, live or noncurrent; false if there was none. */
  synchronized boolean deleteGeneration(String name, long generation) {
    ObjectHistory history = objects.get(name);
    if (history == null || history.all().remove(generation) == null) {
      return false;
    }
    if (history.live != null && history.live == generation) {
      history.live = null;
    }
    if (history.all().isEmpty()) {
      objects.remove(name);
    }
    return true;
  }

  /** Every stored generation of every name under the prefix, live or not, by name then age. */
  synchronized List<Map.Entry<String, Long>> allGenerations(String prefix) {
    List<Map.Entry<String, Long>> all = new ArrayList<>();
    objects.forEach(
        (name, history) -> {
          if (name.startsWith(prefix)) {
            history.all().keySet().forEach(g -> all.add(Map.entry(name, g)));
          }
        });
    return all;
  }

  /** Writes without any precondition, as another writer (or an attacker with access) could. */
  synchronized long overwrite(String name, byte[] content) {
    return write(name, content);
  }

  @Override
  public synchronized Optional<StoredObject> read(String name) {
    ObjectHistory history = objects.get(name);
    if (history == null || history.live == null) {
      return Optional.empty();
    }
    return Optional.of(new StoredObject(history.live, history.all().get(history.live).clone()));
  }

  @Override
  public synchronized List<String> listNames(String prefix) {
    List<String> names = new ArrayList<>();
    objects.forEach(
        (name, history) -> {
          if (name.startsWith(prefix) && history.live != null) {
            names.add(name);
          }
        });
    return names;
  }

  @Override
  public long createIfAbsent(String name, byte[] content) {
    long generation;
    synchronized (this) {
      ObjectHistory history = objects.get(name);
      if (history != null && history.live != null) {
        throw mismatch("ifGenerationMatch=0", name);
      }
      generation = write(name, content);
    }
    return acknowledge(generation, name);
  }

  @Override
  public long replaceIfGeneration(String name, byte[] content, long generation) {
    long written;
    synchronized (this) {
      ObjectHistory history = objects.get(name);
      if (history == null || history.live == null || history.live != generation) {
        throw mismatch("ifGenerationMatch=" + generation, name);
      }
      written = write(name, content);
    }
    return acknowledge(written, name);
  }

  @Override
  public synchronized void deleteAllGenerations(String name) {
    objects.remove(name);
  }

  @Override
  public synchronized void deleteGenerationsBefore(String name, long generation) {
    ObjectHistory history = objects.get(name);
    if (history == null) {
      return;
    }
    history.all().keySet().removeIf(g -> g < generation);
    if (history.live != null && history.live < generation) {
      history.live = null;
    }
    if (history.all().isEmpty()) {
      objects.remove(name);
    }
  }

  @Override
  public String url(String name) {
    return "model://bucket/" + name;
  }

  /** Call with the lock held. */
  private long write(String name, byte[] content) {
    ObjectHistory history = objects.computeIfAbsent(name, n -> new ObjectHistory());
    if (history.live != null && !versioning) {
      history.all().remove(history.live);
    }
    lastGeneration++;
    history.all().put(lastGeneration, Arrays.copyOf(content, content.length));
    history.live = lastGeneration;
    return lastGeneration;
  }

  private long acknowledge(long generation, String name) {
    if (lostAcknowledgements.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw mismatch("retried write after a lost acknowledgement", name);
    }
    return generation;
  }

  private static GenerationMismatchException mismatch(String condition, String name) {
    return new GenerationMismatchException(condition + " failed for " + name, null);
  }

  /** Every stored generation of one name, and which one is live (null after a plain delete). */
  private static final class ObjectHistory {
    private final TreeMap<Long, byte[]> generations = new TreeMap<>();
    private Long live;

    TreeMap<Long, byte[]> all() {
      return generations;
    }
  }
}
