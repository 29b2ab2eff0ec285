package dev.tandem.adapter.aws;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tandem.domain.error.StoredDataInvalidException;
import java.io.IOException;
import java.util.UUID;

/**
 * Reads and writes the adapters' JSON documents. Strict on read: an unknown field, a missing
 * format or a format other than {@link #FORMAT} makes the object unreadable rather than half-read.
 */
final class DocumentMapper {
  /**
   * The format of every document this version writes and the only one it reads. Format 2 binds
   * every clear-text field into the seal ({@link RecordBinding}); format 1 bound only the ids and is
   * refused.
   */
  static final int FORMAT = 2;

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
   * Parses a document.
   *
   * @throws StoredDataInvalidException if the bytes are not a document of that type
   */
  static <T> T read(byte[] json, Class<T> type, String objectName) {
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw invalid(objectName, "is not a readable " + type.getSimpleName() + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** Fails unless the document is of the one format this version reads. */
  static void requireFormat(int format, String objectName) {
    if (format != FORMAT) {
      throw invalid(objectName, "has document format " + format + ", this version reads " + FORMAT);
    }
  }

  /** Fails unless a field the document holds is the value its object key says. */
  static void requireField(String field, String stored, String expected, String objectName) {
    if (!expected.equals(stored)) {
      throw invalid(objectName, "holds a " + field + " other than its key names");
    }
  }

  /** The error for an object that cannot be trusted or read. Names the object, never its bytes. */
  static StoredDataInvalidException invalid(String objectName, String reason) {
    return new StoredDataInvalidException("stored object " + objectName + " " + reason);
  }
}
