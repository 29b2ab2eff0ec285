package dev.tandem.domain.ethereum;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The Ethereum test vectors in {@code src/test/resources/vectors/ethereum.json}, produced by ethers
 * (an implementation that is not Tandem's), and the helpers the tests use to read them.
 */
public final class EthereumVectors {
  private static final String RESOURCE = "/vectors/ethereum.json";

  /** Parses JSON as typed-data callers do: objects to maps, integers to BigInteger. */
  public static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private static final JsonNode ROOT = load();

  private EthereumVectors() {}

  /** The entries of one top-level section, e.g. {@code "eip712"}. */
  public static List<JsonNode> section(String name) {
    JsonNode section = ROOT.get(name);
    if (section == null || !section.isArray() || section.isEmpty()) {
      throw new IllegalStateException("vector file has no entries in " + name);
    }
    List<JsonNode> entries = new ArrayList<>();
    section.forEach(entries::add);
    return entries;
  }

  /** A JSON object node as the Map/List/String/BigInteger/Boolean tree that typed data takes. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> tree(JsonNode object) {
    return JSON.convertValue(object, Map.class);
  }

  /** Parses typed-data JSON text into the same kind of tree. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> tree(String json) {
    try {
      return JSON.readValue(json, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes of {@code 0x}-prefixed hex. */
  public static byte[] hex(String text) {
    if (!text.startsWith("0x")) {
      throw new IllegalArgumentException("vector hex must start with 0x");
    }
    return HexFormat.of().parseHex(text.substring(2));
  }

  /** {@code 0x} and lower-case hex. */
  public static String hex(byte[] bytes) {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  /** An unsigned big-endian integer from {@code 0x}-prefixed hex. */
  public static BigInteger unsigned(String text) {
    return new BigInteger(1, hex(text));
  }

  private static JsonNode load() {
    try (InputStream in = EthereumVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
