package dev.tandem.adapter.objectstore;

import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a sealed secret is bound to: the record type, wallet id and record id, and then every other
 * clear-text field of the document that carries the secret. {@link #associatedData()} is the
 * AES-GCM associated data of the seal, so a document whose status, label, times, key id, method,
 * public key or write id was edited in the bucket fails to open exactly as an altered ciphertext
 * does. This class is the core's one canonical encoder of those fields; each document's codec
 * lists its fields once, in a method that both sealing and opening call.
 *
 * <p>Values are bound as parsed, not as spelled: on read the binding is rebuilt from the values the
 * core is about to return (an {@link Instant}, a {@link PublicKey}, ...), so what is verified is
 * exactly what the caller gets. Two spellings of one value ({@code ...00Z} and {@code ...00.000Z},
 * upper- and lower-case hex) bind the same.
 *
 * <p>Encoding: a sequence of items, each a 4-byte big-endian length and
 * that many bytes, or the length {@code -1} alone for an absent value. The items are the layout's
 * binding scheme label ({@link StorageLayout#bindingScheme()}, {@code tandem/aws-kms-envelope/v2}
 * for S3), the record type's label in that layout, the wallet id, the record id, then for each field its name and
 * its value. Text is UTF-8; a number is 4 bytes big-endian; an instant is its epoch second (8
 * bytes) and nanosecond (4 bytes), so full nanosecond precision is bound; a public key is bound as
 * its curve name and its 65-byte uncompressed point. Every item is length-prefixed, so the encoding
 * is injective ("ab"+"c" differs from "a"+"bc", an absent value differs from an empty one).
 *
 * <p>Immutable: each {@code with...} returns a new binding.
 */
final class RecordBinding {
  private static final int ABSENT = -1;

  private final String scheme;
  private final String typeLabel;
  private final WalletId walletId;
  private final String recordId;
  private final List<Field> fields;

  private RecordBinding(
      String scheme, String typeLabel, WalletId walletId, String recordId, List<Field> fields) {
    this.scheme = Objects.requireNonNull(scheme, "scheme");
    this.typeLabel = Objects.requireNonNull(typeLabel, "typeLabel");
    this.walletId = Objects.requireNonNull(walletId, "walletId");
    this.recordId = Objects.requireNonNull(recordId, "recordId");
    this.fields = fields;
  }

  /** The binding of a record's identity alone; its other fields are added by {@code with...}. */
  static RecordBinding of(
      StorageLayout layout, RecordType type, WalletId walletId, String recordId) {
    return new RecordBinding(
        layout.bindingScheme(), layout.label(type), walletId, recordId, List.of());
  }

  /** The record type's label, as bound. */
  String typeLabel() {
    return typeLabel;
  }

  /** What the data key is wrapped for: this record's wallet id and record id. */
  WrapContext wrapContext() {
    return WrapContext.of(walletId.value(), recordId);
  }

  /** With {@link #recordId()}, what the wrapped data key is bound to ({@link #wrapContext()}). */
  WalletId walletId() {
    return walletId;
  }

  String recordId() {
    return recordId;
  }

  /** Binds a text field; {@code null} binds "absent", which differs from every string. */
  RecordBinding withText(String name, String value) {
    return with(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  RecordBinding withNumber(String name, int value) {
    return with(name, ByteBuffer.allocate(Integer.BYTES).putInt(value).array());
  }

  /** Binds an instant to the nanosecond. */
  RecordBinding withInstant(String name, Instant value) {
    return with(
        name,
        ByteBuffer.allocate(Long.BYTES + Integer.BYTES)
            .putLong(value.getEpochSecond())
            .putInt(value.getNano())
            .array());
  }

  /** Binds a public key as two fields, {@code <name>.curve} and {@code <name>.point}. */
  RecordBinding withPublicKey(String name, PublicKey value) {
    return withText(name + ".curve", value.curve().name())
        .with(name + ".point", value.uncompressed());
  }

  private RecordBinding with(String name, byte[] value) {
    List<Field> more = new ArrayList<>(fields);
    more.add(new Field(Objects.requireNonNull(name, "name"), value));
    return new RecordBinding(
        scheme, typeLabel, walletId, recordId, Collections.unmodifiableList(more));
  }

  /** The AES-GCM associated data: the canonical encoding described in the class documentation. */
  byte[] associatedData() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    item(out, utf8(scheme));
    item(out, utf8(typeLabel));
    item(out, utf8(walletId.value()));
    item(out, utf8(recordId));
    for (Field field : fields) {
      item(out, utf8(field.name()));
      item(out, field.value());
    }
    return out.toByteArray();
  }

  private static void item(ByteArrayOutputStream out, byte[] value) {
    int length = value == null ? ABSENT : value.length;
    out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(length).array());
    if (value != null) {
      out.writeBytes(value);
    }
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /** Names the binding, not its field values. */
  @Override
  public String toString() {
    return "RecordBinding[" + typeLabel + " " + walletId.value() + "/" + recordId + ", "
        + fields.size() + " fields]";
  }

  /** One bound field; {@code value} is null when absent. Nothing here is secret. */
  private record Field(String name, byte[] value) {}
}
