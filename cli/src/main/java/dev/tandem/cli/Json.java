package dev.tandem.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.domain.ethereum.Eip712TypedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The command's JSON: reading EIP-712 typed data, and writing its documents. */
final class Json {
  /**
   * Integers as {@link java.math.BigInteger} and other numbers as {@link java.math.BigDecimal}: the
   * exact tree {@link Eip712TypedData#of} takes, which then refuses a fractional number instead of
   * signing a rounded one. One document per input: trailing content is an error.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The document, indented, without a trailing line break. */
  static String pretty(JsonNode document) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree built in memory always serialises", e);
    }
  }

  /**
   * Typed data as {@code eth_signTypedData_v4} receives it, from a file.
   *
   * @throws IOException if the file cannot be read or is not one JSON object
   * @throws IllegalArgumentException naming what is wrong if it is not valid typed data
   */
  static TypedData readTypedData(Path file) throws IOException {
    return typedData(MAPPER.readTree(Files.readAllBytes(file)));
  }

  /** Typed data from a resource next to this class. */
  static TypedData typedDataResource(String name) {
    try (InputStream in = Json.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return typedData(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TypedData typedData(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("typed data must be a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = MAPPER.convertValue(json, Map.class);
    return new TypedData(json, Eip712TypedData.of(tree));
  }

  /**
   * Typed data as it was given (to print back) and as checked and hashed.
   *
   * @param json the document as read
   * @param checked the same, validated, with its EIP-712 digest
   */
  record TypedData(JsonNode json, Eip712TypedData checked) {}
}
