package dev.tandem.adapter.gcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tandem.adapter.gcp.Documents.ShareDocument;
import dev.tandem.adapter.gcp.LocalEnvelope.EnvelopeException;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.secret.SecretBytes;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;

/**
 * JSON and envelope plumbing the record codecs share: strict parsing (unknown or missing fields are
 * errors), the checks every document passes (format, type, ids), and sealing of share material.
 */
final class DocumentMapper {
  private final ObjectMapper json =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private final LocalEnvelope envelope;

  DocumentMapper(LocalEnvelope envelope) {
    this.envelope = Objects.requireNonNull(envelope, "envelope");
  }

  /** A mapper for documents that hold no secret: it cannot seal or open anything. */
  static DocumentMapper withoutEnvelope() {
    return new DocumentMapper();
  }

  private DocumentMapper() {
    this.envelope = null;
  }

  byte[] write(Object document) {
    try {
      return json.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + document.getClass().getSimpleName(), e);
    }
  }

  <T> T read(byte[] content, Class<T> type) throws UnreadableDocumentException {
    try {
      T document = json.readValue(content, type);
      if (document == null) {
        throw new UnreadableDocumentException("the document is JSON null", null);
      }
      return document;
    } catch (IOException e) {
      // Jackson's message may quote the document: keep it out of ours, attach it as the cause.
      throw new UnreadableDocumentException("not a " + type.getSimpleName() + " in JSON", e);
    }
  }

  /** Checks the fields every document has against where it is stored. */
  static void checkHeader(
      int format,
      String type,
      String walletId,
      String recordId,
      RecordBinding expected)
      throws UnreadableDocumentException {
    if (format != Documents.FORMAT) {
      throw new UnreadableDocumentException("unknown document format " + format, null);
    }
    if (!expected.type().label().equals(type)) {
      throw new UnreadableDocumentException("document type is not " + expected.type().label(), null);
    }
    if (!expected.walletId().equals(walletId) || !expected.recordId().equals(recordId)) {
      throw new UnreadableDocumentException(
          "document ids do not match the object name (wallet "
              + expected.walletId() + ", record " + expected.recordId() + ")",
          null);
    }
  }

  /** Seals a copy of {@code secret}, wiping the copy. */
  LocalEnvelope.Sealed seal(SecretBytes secret, RecordBinding binding) {
    requireEnvelope();
    byte[] plaintext = secret.revealCopy();
    try {
      return envelope.seal(plaintext, binding);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  SecretBytes open(LocalEnvelope.Sealed sealed, RecordBinding binding)
      throws UnreadableDocumentException {
    requireEnvelope();
    if (sealed == null) {
      throw new UnreadableDocumentException("the sealed secret is missing", null);
    }
    try {
      return SecretBytes.adopt(envelope.open(sealed, binding));
    } catch (EnvelopeException e) {
      throw new UnreadableDocumentException("sealed secret refused: " + e.getMessage(), e);
    }
  }

  private void requireEnvelope() {
    if (envelope == null) {
      throw new IllegalStateException("this mapper reads documents without secrets only");
    }
  }

  ShareDocument shareDocument(PublicKey publicKey, SecretBytes material, RecordBinding binding) {
    return new ShareDocument(
        publicKey.curve().name(), publicKey.toHex(), seal(material, binding));
  }

  static PublicKey publicKey(ShareDocument share) throws UnreadableDocumentException {
    try {
      return PublicKey.fromHex(Curve.valueOf(share.curve()), share.publicKey());
    } catch (RuntimeException e) {
      throw new UnreadableDocumentException("the share's curve or public key is invalid", e);
    }
  }

  static Instant instant(String value, String field) throws UnreadableDocumentException {
    try {
      return Instant.parse(Objects.requireNonNull(value, field));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new UnreadableDocumentException(field + " is not an ISO-8601 instant", e);
    }
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field)
      throws UnreadableDocumentException {
    try {
      return Enum.valueOf(type, Objects.requireNonNull(value, field));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UnreadableDocumentException(field + " is not a known " + type.getSimpleName(), e);
    }
  }
}
