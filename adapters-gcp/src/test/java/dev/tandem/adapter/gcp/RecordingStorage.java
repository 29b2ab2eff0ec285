package dev.tandem.adapter.gcp;

import com.google.api.gax.paging.Page;
import com.google.cloud.storage.Blob;
import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link Storage} that records every call with its exact arguments (options included) and
 * answers from a script. It observes what {@link CloudStorageObjectStore} asks of the SDK; what
 * the SDK then sends is the SDK's business (and LocalStorageHelper shows it passes preconditions
 * on: it rejects them).
 */
final class RecordingStorage implements InvocationHandler {
  /** One call: the method name and its arguments, varargs flattened. */
  record Call(String method, List<Object> args) {
    /** The arguments of the given type, in order (options come last). */
    <T> List<T> argsOf(Class<T> type) {
      return args.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  private static final Storage BLOB_FACTORY = LocalStorageHelper.getOptions().getService();

  private final List<Call> calls = new ArrayList<>();
  private final Map<String, Function<Call, Object>> answers = new HashMap<>();

  Storage storage() {
    return (Storage)
        Proxy.newProxyInstance(
            Storage.class.getClassLoader(), new Class<?>[] {Storage.class}, this);
  }

  /** Answers every call of {@code method} with {@code answer} (which may throw). */
  RecordingStorage on(String method, Function<Call, Object> answer) {
    answers.put(method, answer);
    return this;
  }

  synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  synchronized List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "toString" -> "RecordingStorage";
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> throw new UnsupportedOperationException(method.getName());
      };
    }
    List<Object> flat = new ArrayList<>();
    if (args != null) {
      for (Object arg : args) {
        if (arg != null && arg.getClass().isArray() && !(arg instanceof byte[])) {
          flat.addAll(Arrays.asList((Object[]) arg));
        } else {
          flat.add(arg);
        }
      }
    }
    Call call = new Call(method.getName(), flat);
    Function<Call, Object> answer;
    synchronized (this) {
      calls.add(call);
      answer = answers.get(method.getName());
    }
    if (answer == null) {
      throw new AssertionError("unexpected call " + call);
    }
    return answer.apply(call);
  }

  /** A real SDK {@link Blob} with the given name and generation (null for none). */
  static Blob blob(String bucket, String name, Long generation) {
    Blob seed = BLOB_FACTORY.create(BlobInfo.newBuilder(bucket, "seed").build());
    // A blob's generation is the generation of its BlobId.
    return seed.toBuilder().setBlobId(BlobId.of(bucket, name, generation)).build();
  }

  /** One page holding every blob. */
  static Page<Blob> page(List<Blob> blobs) {
    return new Page<>() {
      @Override
      public boolean hasNextPage() {
        return false;
      }

      @Override
      public String getNextPageToken() {
        return "";
      }

      @Override
      public Page<Blob> getNextPage() {
        return null;
      }

      @Override
      public Iterable<Blob> iterateAll() {
        return blobs;
      }

      @Override
      public Iterable<Blob> getValues() {
        return blobs;
      }
    };
  }
}
