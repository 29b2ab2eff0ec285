package dev.tandem.adapter.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.CRC32C;
import java.util.zip.GZIPInputStream;

/**
 * The subset of the Cloud Storage JSON API that the adapters use, served over HTTP on loopback and
 * backed by {@link ModelObjectStore}, so that the real SDK (its option translation, HTTP
 * transport, retries, timeouts and error parsing) runs end to end against the model of
 * generations and preconditions. It is a model written from the API documentation, not Google's
 * server: see the module README, "GCP adapters: what was exercised where".
 *
 * <p>Served: multipart upload with {@code ifGenerationMatch}, object metadata, media download with
 * {@code ifGenerationMatch}, listing by prefix with {@code versions} and pagination (pages of
 * {@value #PAGE_SIZE}, so clients must follow page tokens), and delete of one {@code generation}.
 * One bucket; any other answers 404. Tests can make the next requests fail with a status, or stall.
 */
public final class ModelGcsHttpServer implements AutoCloseable {
  static final int PAGE_SIZE = 7;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String bucket;
  private final ModelObjectStore model;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(48);
  private final List<String> requests = new ArrayList<>();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger failureStatus = new AtomicInteger();
  private final AtomicInteger lostUploadAnswers = new AtomicInteger();
  private final AtomicReference<Duration> stall = new AtomicReference<>(Duration.ZERO);

  static {
    // Without it the JDK server's small answers meet delayed ACKs: 40 ms per request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private ModelGcsHttpServer(String bucket, boolean versioning) throws IOException {
    this.bucket = bucket;
    this.model = new ModelObjectStore(versioning);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** Serves one bucket on a free loopback port. */
  public static ModelGcsHttpServer start(String bucket, boolean versioning) throws IOException {
    return new ModelGcsHttpServer(bucket, versioning);
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every request so far, as {@code METHOD path?query} (path decoded). */
  public synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** Answers the next {@code count} requests with {@code status} (and a JSON error). */
  public void failNext(int count, int status) {
    failureStatus.set(status);
    failures.set(count);
  }

  /**
   * Applies the next {@code count} uploads but answers them 503, as when the answer of a write that
   * landed is lost on the way back.
   */
  public void loseNextUploadAnswers(int count) {
    lostUploadAnswers.set(count);
  }

  /** Holds every request for {@code duration} before answering it. */
  public void stallEachRequest(Duration duration) {
    stall.set(duration);
  }

  /** Every stored generation of the object, oldest first. */
  public List<Long> generations(String name) {
    return model.generations(name);
  }

  /** Every object name with at least one stored generation, live or noncurrent, in order. */
  public List<String> names() {
    return model.allNames();
  }

  /** The bytes of one stored generation, live or noncurrent; empty if there is none. */
  public Optional<byte[]> content(String name, long generation) {
    return model.content(name, generation);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String method = exchange.getRequestMethod();
      String rawPath = exchange.getRequestURI().getRawPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      synchronized (this) {
        requests.add(method + " " + decode(rawPath) + "?" + exchange.getRequestURI().getRawQuery());
      }
      Duration pause = stall.get();
      if (!pause.isZero()) {
        Thread.sleep(pause.toMillis());
      }
      if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        error(exchange, failureStatus.get(), "injected failure");
        return;
      }
      route(exchange, method, rawPath, query, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      error(exchange, 500, "model server error: " + e);
    }
  }

  private void route(
      HttpExchange exchange, String method, String rawPath, Map<String, String> query, byte[] body)
      throws IOException {
    String uploadPrefix = "/upload/storage/v1/b/";
    String downloadPrefix = "/download/storage/v1/b/";
    String apiPrefix = "/storage/v1/b/";
    if (method.equals("POST") && rawPath.startsWith(uploadPrefix)) {
      if (!bucketOf(rawPath, uploadPrefix).equals(bucket)) {
        noBucket(exchange);
        return;
      }
      upload(exchange, query, unzip(exchange, body));
    } else if (method.equals("GET") && rawPath.startsWith(downloadPrefix)) {
      if (!bucketOf(rawPath, downloadPrefix).equals(bucket)) {
        noBucket(exchange);
        return;
      }
      download(exchange, objectOf(rawPath, downloadPrefix), query);
    } else if (rawPath.startsWith(apiPrefix)) {
      if (!bucketOf(rawPath, apiPrefix).equals(bucket)) {
        noBucket(exchange);
        return;
      }
      String object = objectOf(rawPath, apiPrefix);
      if (method.equals("GET") && object == null) {
        list(exchange, query);
      } else if (method.equals("GET")) {
        metadata(exchange, object);
      } else if (method.equals("DELETE") && object != null) {
        delete(exchange, object, query);
      } else {
        error(exchange, 400, "unsupported " + method + " " + rawPath);
      }
    } else {
      error(exchange, 400, "unsupported " + method + " " + rawPath);
    }
  }

  private void upload(HttpExchange exchange, Map<String, String> query, byte[] body)
      throws IOException {
    if (!"multipart".equals(query.get("uploadType"))) {
      error(exchange, 400, "only multipart uploads are modelled");
      return;
    }
    List<byte[]> parts = multipart(exchange.getRequestHeaders().getFirst("Content-Type"), body);
    JsonNode metadata = JSON.readTree(parts.get(0));
    String name = metadata.get("name").asText();
    byte[] content = parts.get(1);
    String condition = query.get("ifGenerationMatch");
    long generation;
    try {
      if (condition == null) {
        generation = model.overwrite(name, content);
      } else if (Long.parseLong(condition) == 0) {
        generation = model.createIfAbsent(name, content);
      } else {
        generation = model.replaceIfGeneration(name, content, Long.parseLong(condition));
      }
    } catch (GenerationMismatchException e) {
      preconditionFailed(exchange);
      return;
    }
    if (lostUploadAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      error(exchange, 503, "the write landed, its answer is lost");
      return;
    }
    json(exchange, 200, resource(name, generation, content));
  }

  private void download(HttpExchange exchange, String name, Map<String, String> query)
      throws IOException {
    Optional<GcsObjectStore.StoredObject> live = model.read(name);
    if (live.isEmpty()) {
      error(exchange, 404, "No such object: " + bucket + "/" + name);
      return;
    }
    String condition = query.get("ifGenerationMatch");
    if (condition != null && Long.parseLong(condition) != live.get().generation()) {
      preconditionFailed(exchange);
      return;
    }
    byte[] content = live.get().content();
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.getResponseHeaders().add("x-goog-generation", "" + live.get().generation());
    exchange.sendResponseHeaders(200, content.length == 0 ? -1 : content.length);
    exchange.getResponseBody().write(content);
  }

  private void metadata(HttpExchange exchange, String name) throws IOException {
    Optional<GcsObjectStore.StoredObject> live = model.read(name);
    if (live.isEmpty()) {
      error(exchange, 404, "No such object: " + bucket + "/" + name);
      return;
    }
    json(exchange, 200, resource(name, live.get().generation(), live.get().content()));
  }

  private void list(HttpExchange exchange, Map<String, String> query) throws IOException {
    String prefix = query.getOrDefault("prefix", "");
    List<Map.Entry<String, Long>> entries = new ArrayList<>();
    if ("true".equals(query.get("versions"))) {
      entries.addAll(model.allGenerations(prefix));
    } else {
      for (String name : model.listNames(prefix)) {
        model.read(name).ifPresent(o -> entries.add(Map.entry(name, o.generation())));
      }
    }
    int start = Integer.parseInt(query.getOrDefault("pageToken", "0"));
    int end = Math.min(entries.size(), start + PAGE_SIZE);
    ObjectNode page = JSON.createObjectNode().put("kind", "storage#objects");
    ArrayNode items = page.putArray("items");
    for (Map.Entry<String, Long> entry : entries.subList(Math.min(start, end), end)) {
      byte[] content = model.content(entry.getKey(), entry.getValue()).orElse(new byte[0]);
      items.add(resource(entry.getKey(), entry.getValue(), content));
    }
    if (end < entries.size()) {
      page.put("nextPageToken", Integer.toString(end));
    }
    json(exchange, 200, page);
  }

  private void delete(HttpExchange exchange, String name, Map<String, String> query)
      throws IOException {
    String generation = query.get("generation");
    if (generation == null) {
      error(exchange, 400, "the model deletes named generations only");
      return;
    }
    if (model.deleteGeneration(name, Long.parseLong(generation))) {
      exchange.sendResponseHeaders(204, -1);
    } else {
      error(exchange, 404, "No such object: " + bucket + "/" + name);
    }
  }

  private ObjectNode resource(String name, long generation, byte[] content) {
    CRC32C crc = new CRC32C();
    crc.update(content);
    ObjectNode object = JSON.createObjectNode();
    object.put("kind", "storage#object");
    object.put("id", bucket + "/" + name + "/" + generation);
    object.put("name", name);
    object.put("bucket", bucket);
    object.put("generation", Long.toString(generation));
    object.put("metageneration", "1");
    object.put("contentType", "application/json");
    object.put("size", Integer.toString(content.length));
    object.put("md5Hash", Base64.getEncoder().encodeToString(md5(content)));
    object.put(
        "crc32c",
        Base64.getEncoder()
            .encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array()));
    object.put("timeCreated", "2024-01-01T00:00:00.000Z");
    object.put("updated", "2024-01-01T00:00:00.000Z");
    return object;
  }

  private void preconditionFailed(HttpExchange exchange) throws IOException {
    ObjectNode error = JSON.createObjectNode();
    ObjectNode inner = error.putObject("error");
    inner.put("code", 412);
    inner.put("message", "At least one of the pre-conditions you specified did not hold.");
    inner.putArray("errors").addObject()
        .put("domain", "global")
        .put("reason", "conditionNotMet")
        .put("message", "At least one of the pre-conditions you specified did not hold.");
    json(exchange, 412, error);
  }

  private void noBucket(HttpExchange exchange) throws IOException {
    error(exchange, 404, "The specified bucket does not exist.");
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    ObjectNode error = JSON.createObjectNode();
    ObjectNode inner = error.putObject("error");
    inner.put("code", status);
    inner.put("message", message);
    inner.putArray("errors").addObject().put("domain", "global").put("message", message);
    json(exchange, status, error);
  }

  private static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static byte[] unzip(HttpExchange exchange, byte[] body) throws IOException {
    if (!"gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      return body;
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  /** The bodies of a {@code multipart/related} request, in order. */
  private static List<byte[]> multipart(String contentType, byte[] body) {
    String boundary = contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", "");
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<byte[]> parts = new ArrayList<>();
    int at = indexOf(body, delimiter, 0);
    while (at >= 0) {
      int start = at + delimiter.length;
      if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
        break;
      }
      int next = indexOf(body, delimiter, start);
      byte[] part = java.util.Arrays.copyOfRange(body, start, next < 0 ? body.length : next);
      int headersEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
      int contentEnd = part.length;
      if (contentEnd >= 2 && part[contentEnd - 2] == '\r' && part[contentEnd - 1] == '\n') {
        contentEnd -= 2;
      }
      parts.add(java.util.Arrays.copyOfRange(part, headersEnd + 4, contentEnd));
      at = next;
    }
    return parts;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static String bucketOf(String rawPath, String prefix) {
    String rest = rawPath.substring(prefix.length());
    int slash = rest.indexOf('/');
    return decode(slash < 0 ? rest : rest.substring(0, slash));
  }

  /** The decoded object name of {@code .../b/<bucket>/o/<name>}, or null for {@code .../o}. */
  private static String objectOf(String rawPath, String prefix) {
    String rest = rawPath.substring(prefix.length());
    int marker = rest.indexOf("/o/");
    return marker < 0 ? null : decode(rest.substring(marker + 3));
  }

  private static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery == null) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
      }
    }
    return query;
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  private static byte[] md5(byte[] content) {
    try {
      return MessageDigest.getInstance("MD5").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
