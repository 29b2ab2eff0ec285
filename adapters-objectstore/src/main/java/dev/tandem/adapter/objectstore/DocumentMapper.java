package dev.tandem.adapter.objectstore;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tandem.domain.error.StoredDataInvalidException;
import java.io.IOException;
import java.util.UUID;

/**
 * Reads and writes the core's JSON documents. Strict on read: the document format is checked first
 * (so that an object of another format is refused as such, whatever its fields), then an unknown
 * field or a wrong type makes the object unreadable rather than half-read.
 */
final class DocumentMapper {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private DocumentMapper() {}

  /** A fresh write id for a document about to be written. */
  static String newWriteId() {
    return UUID.randomUUID().toString();
  }

  static byte[] write(Object document) {
    try {
      return MAPPER.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName(), e);
    }
  }

  /**
   * Parses a document after checking that it is of the layout's format; a format the layout once
   * wrote is refused with the layout's advice about it.
   *
   * @throws StoredDataInvalidException if the bytes are not a document of that type and format
   */
  static <T> T read(byte[] json, Class<T> type, StorageLayout layout, String objectName) {
    int stored = format(json, type, objectName);
    if (stored != layout.format()) {
      String advice = layout.retiredFormatAdvice(stored).map(a -> "; " + a).orElse("");
      throw invalid(
          objectName,
          "has document format " + stored + ", this version reads " + layout.format() + advice);
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw notReadable(objectName, type, e.getClass().getSimpleName());
    }
  }

  private static int format(byte[] json, Class<?> type, String objectName) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (IOException e) {
      throw notReadable(objectName, type, e.getClass().getSimpleName());
    }
    JsonNode format = tree == null ? null : tree.get("format");
    if (format == null || !format.isInt()) {
      throw notReadable(objectName, type, "no document format");
    }
    return format.intValue();
  }

  /** Fails unless a field the document holds is the value its object name says. */
  static void requireField(String field, String stored, String expected, String objectName) {
    if (!expected.equals(stored)) {
      throw invalid(objectName, "holds a " + field + " other than its key names");
    }
  }

  /** The error for an object that cannot be trusted or read. Names the object, never its bytes. */
  static StoredDataInvalidException invalid(String objectName, String reason) {
    return new StoredDataInvalidException("stored object " + objectName + " " + reason);
  }

  private static StoredDataInvalidException notReadable(
      String objectName, Class<?> type, String why) {
    return invalid(objectName, "is not a readable " + type.getSimpleName() + " (" + why + ")");
  }
}
