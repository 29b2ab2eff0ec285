package dev.tandem.adapter.json;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ShareCodecPort;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.KeyShare;
import dev.tandem.domain.secret.SecretBytes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link ShareCodecPort} as a versioned JSON document:
 *
 * <pre>
 * {"format":1,"kind":"client-signing","curve":"secp256k1","walletId":"…","pairId":"…",
 *  "publicKey":"0x04…","material":"&lt;standard Base64 with padding&gt;"}
 * </pre>
 *
 * {@code kind} is one of {@code client-signing}, {@code client-backup}, {@code custodian-signing},
 * {@code custodian-backup}; {@code publicKey} is the 65-byte uncompressed point as {@code 0x04} and
 * 128 lower-case hex digits.
 *
 * <p>Parsing is strict: one JSON object with exactly these seven members, each once, of these types
 * ({@code format} the integer 1, the others strings), nothing after it; the kind must be the
 * expected one and the public key a point on the curve. Anything else throws {@link
 * InvalidInputException} naming the member, never its value: Jackson's own exceptions (whose
 * messages may quote the input) are not attached as causes.
 *
 * <p>Secrets: the material is written with {@link JsonGenerator#writeBinary(byte[])} and read with
 * {@link JsonParser#getBinaryValue()}, so it is never a {@code String}; the revealed material, the
 * output buffer and the decoded bytes are wiped in {@code finally}. Jackson's internal character
 * buffers (recycled between documents) may still hold the Base64 text until they are overwritten;
 * nothing outside Jackson can wipe them.
 */
public final class JacksonShareCodec implements ShareCodecPort {
  /** The one format version this codec writes and reads. */
  public static final int FORMAT = 1;

  /** Far above any share (a few kilobytes), far below memory trouble. */
  static final int MAX_DOCUMENT_LENGTH = 1 << 20;

  private static final String CURVE = "secp256k1";
  private static final Pattern PUBLIC_KEY = Pattern.compile("0x04[0-9a-f]{128}");
  private static final Set<String> MEMBERS =
      Set.of("format", "kind", "curve", "walletId", "pairId", "publicKey", "material");

  private final JsonMapper mapper;

  @Inject
  public JacksonShareCodec() {
    this.mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
  }

  @Override
  public byte[] encode(KeyShare share) {
    Objects.requireNonNull(share, "share");
    byte[] material = share.material().revealCopy();
    // Sized so that it never grows: a grown stream would drop a copy of the Base64 unwiped.
    WipeableBuffer buffer = new WipeableBuffer(4 * (material.length / 3 + 1) + 1024);
    try {
      try (JsonGenerator json = mapper.createGenerator(buffer)) {
        json.writeStartObject();
        json.writeNumberField("format", FORMAT);
        json.writeStringField("kind", Kind.of(share).label);
        json.writeStringField("curve", CURVE);
        json.writeStringField("walletId", share.walletId().value());
        json.writeStringField("pairId", share.pairId().value());
        json.writeStringField("publicKey", share.publicKey().toHex());
        json.writeFieldName("material");
        json.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, material, 0, material.length);
        json.writeEndObject();
      }
      return buffer.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    } finally {
      Arrays.fill(material, (byte) 0);
      buffer.wipe();
    }
  }

  @Override
  public <S extends KeyShare> S decode(byte[] encoded, Class<S> expected) {
    Objects.requireNonNull(expected, "expected");
    Kind expectedKind = Kind.of(expected);
    if (encoded == null || encoded.length == 0) {
      throw invalid("is empty");
    }
    if (encoded.length > MAX_DOCUMENT_LENGTH) {
      throw invalid("is larger than " + MAX_DOCUMENT_LENGTH + " bytes");
    }
    Document document = new Document();
    try {
      try (JsonParser json = mapper.createParser(encoded)) {
        read(json, document);
      } catch (IOException e) {
        throw invalid("is not well-formed JSON");
      }
      if (document.kind != expectedKind) {
        throw invalid(
            "is a "
                + document.kind.label
                + " share where a "
                + expectedKind.label
                + " share is expected");
      }
      S share = expected.cast(document.toShare());
      document.material = null;
      return share;
    } finally {
      if (document.material != null) {
        Arrays.fill(document.material, (byte) 0);
      }
    }
  }

  private static void read(JsonParser json, Document document) throws IOException {
    if (json.nextToken() != JsonToken.START_OBJECT) {
      throw invalid("is not a JSON object");
    }
    Set<String> seen = new HashSet<>();
    JsonToken token;
    while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
      String name = json.currentName();
      if (!MEMBERS.contains(name)) {
        throw invalid("has an unknown member");
      }
      if (!seen.add(name)) {
        throw invalid("has member " + name + " twice");
      }
      JsonToken value = json.nextToken();
      switch (name) {
        case "format":
          if (value != JsonToken.VALUE_NUMBER_INT
              || json.getNumberType() != JsonParser.NumberType.INT
              || json.getIntValue() != FORMAT) {
            throw invalid("is not format " + FORMAT);
          }
          break;
        case "kind":
          document.kind = Kind.parse(string(json, value, name));
          break;
        case "curve":
          if (!CURVE.equals(string(json, value, name))) {
            throw invalid("is not on curve " + CURVE);
          }
          break;
        case "walletId":
          document.walletId = string(json, value, name);
          break;
        case "pairId":
          document.pairId = string(json, value, name);
          break;
        case "publicKey":
          document.publicKey = string(json, value, name);
          break;
        case "material":
          if (value != JsonToken.VALUE_STRING) {
            throw invalid("has a material that is not a Base64 string");
          }
          try {
            document.material = json.getBinaryValue(Base64Variants.MIME_NO_LINEFEEDS);
          } catch (IOException | IllegalArgumentException e) {
            throw invalid("has a material that is not Base64");
          }
          break;
        default:
          throw invalid("has an unknown member");
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw invalid("is not a flat JSON object");
    }
    if (json.nextToken() != null) {
      throw invalid("has content after the object");
    }
    for (String member : MEMBERS) {
      if (!seen.contains(member)) {
        throw invalid("has no " + member);
      }
    }
  }

  private static String string(JsonParser json, JsonToken value, String name) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      throw invalid("has a " + name + " that is not a string");
    }
    return json.getText();
  }

  private static InvalidInputException invalid(String what) {
    return new InvalidInputException("share document " + what);
  }

  /** The four kinds of share, as the document names them. */
  private enum Kind {
    CLIENT_SIGNING("client-signing", ClientSigningShare.class, true),
    CLIENT_BACKUP("client-backup", ClientBackupShare.class, false),
    CUSTODIAN_SIGNING("custodian-signing", CustodianSigningShare.class, true),
    CUSTODIAN_BACKUP("custodian-backup", CustodianBackupShare.class, false);

    final String label;
    final Class<? extends KeyShare> type;
    final boolean signing;

    Kind(String label, Class<? extends KeyShare> type, boolean signing) {
      this.label = label;
      this.type = type;
      this.signing = signing;
    }

    static Kind of(KeyShare share) {
      return of(share.getClass());
    }

    static Kind of(Class<?> type) {
      for (Kind kind : values()) {
        if (kind.type.equals(type)) {
          return kind;
        }
      }
      throw new IllegalArgumentException("not a share class: " + type.getName());
    }

    static Kind parse(String label) {
      for (Kind kind : values()) {
        if (kind.label.equals(label)) {
          return kind;
        }
      }
      throw invalid("has an unknown kind");
    }
  }

  /** The members read so far. */
  private static final class Document {
    Kind kind;
    String walletId;
    String pairId;
    String publicKey;
    byte[] material;

    /** The share; it adopts {@link #material}. */
    KeyShare toShare() {
      if (material.length == 0) {
        throw invalid("has an empty material");
      }
      WalletId wallet;
      try {
        wallet = WalletId.of(walletId);
        if (kind.signing) {
          SigningSharePairId.of(pairId);
        } else {
          BackupSharePairId.of(pairId);
        }
      } catch (InvalidInputException e) {
        throw invalid("has a walletId or pairId that is not a legal id");
      }
      PublicKey key = parsePublicKey(publicKey);
      switch (kind) {
        case CLIENT_SIGNING:
          return new ClientSigningShare(
              wallet, SigningSharePairId.of(pairId), key, SecretBytes.adopt(material));
        case CLIENT_BACKUP:
          return new ClientBackupShare(
              wallet, BackupSharePairId.of(pairId), key, SecretBytes.adopt(material));
        case CUSTODIAN_SIGNING:
          return new CustodianSigningShare(
              wallet, SigningSharePairId.of(pairId), key, SecretBytes.adopt(material));
        case CUSTODIAN_BACKUP:
          return new CustodianBackupShare(
              wallet, BackupSharePairId.of(pairId), key, SecretBytes.adopt(material));
        default:
          throw new IllegalStateException("unknown kind " + kind);
      }
    }

    private static PublicKey parsePublicKey(String hex) {
      if (!PUBLIC_KEY.matcher(hex).matches()) {
        throw invalid("has a publicKey that is not 0x04 and 128 lower-case hex digits");
      }
      try {
        return PublicKey.fromHex(Curve.SECP256K1, hex);
      } catch (InvalidInputException e) {
        throw invalid("has a publicKey that is not a point on " + CURVE);
      }
    }
  }

  /** A byte stream whose internal buffer can be wiped once the document has been copied out. */
  private static final class WipeableBuffer extends ByteArrayOutputStream {
    WipeableBuffer(int size) {
      super(size);
    }

    void wipe() {
      Arrays.fill(buf, (byte) 0);
      count = 0;
    }
  }
}
