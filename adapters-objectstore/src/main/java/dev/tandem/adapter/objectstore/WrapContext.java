package dev.tandem.adapter.objectstore;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a wrapped data key is bound to: the wallet id and record id of the record whose secret it
 * seals, as a small map of non-secret strings. AWS KMS takes it as the encryption context as is;
 * keepers that take bytes (Cloud KMS additional authenticated data, AES-GCM associated data) take
 * {@link #canonicalBytes()}.
 *
 * @param entries the context, sorted by key; neither keys nor values are secret
 */
public record WrapContext(Map<String, String> entries) {
  /** The context key naming the wallet. */
  public static final String WALLET_ID = "walletId";

  /** The context key naming the record (a key id or pair id) within the wallet. */
  public static final String RECORD_ID = "recordId";

  private static final String LABEL = "tandem/wrap-context/v1";

  public WrapContext {
    Objects.requireNonNull(entries, "entries");
    entries.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "context key");
          Objects.requireNonNull(v, "context value");
        });
    entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /** The context of one record's secret. */
  public static WrapContext of(String walletId, String recordId) {
    return new WrapContext(Map.of(WALLET_ID, walletId, RECORD_ID, recordId));
  }

  /**
   * An injective encoding: the label {@value #LABEL}, then for each entry in key order its key and
   * its value, each as a 4-byte big-endian length and that many bytes of UTF-8.
   */
  public byte[] canonicalBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    item(out, LABEL);
    entries.forEach(
        (k, v) -> {
          item(out, k);
          item(out, v);
        });
    return out.toByteArray();
  }

  private static void item(ByteArrayOutputStream out, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }
}
