package dev.tandem.adapter.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.KeyShare;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JacksonShareCodecTest {
  private static final PublicKey G =
      PublicKey.of(
          Curve.SECP256K1,
          new BigInteger("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798", 16),
          new BigInteger("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8", 16));
  private static final WalletId WALLET = WalletId.of("wallet-1");

  /** Distinctive material, so that a message repeating it is easy to catch. */
  private static final byte[] MATERIAL =
      "SECRET-SHARE-MATERIAL-0123456789".getBytes(StandardCharsets.US_ASCII);

  private static final String MATERIAL_BASE64 = Base64.getEncoder().encodeToString(MATERIAL);

  private final JacksonShareCodec codec = new JacksonShareCodec();
  private final ObjectMapper mapper = new ObjectMapper();

  private static List<KeyShare> everyKind() {
    return List.of(
        new ClientSigningShare(
            WALLET, SigningSharePairId.of("p-1"), G, SecretBytes.copyOf(MATERIAL)),
        new ClientBackupShare(WALLET, BackupSharePairId.of("b-1"), G, SecretBytes.copyOf(MATERIAL)),
        new CustodianSigningShare(
            WALLET, SigningSharePairId.of("p-1"), G, SecretBytes.copyOf(MATERIAL)),
        new CustodianBackupShare(
            WALLET, BackupSharePairId.of("b-1"), G, SecretBytes.copyOf(MATERIAL)));
  }

  private static final Map<Class<? extends KeyShare>, String> KINDS =
      Map.of(
          ClientSigningShare.class, "client-signing",
          ClientBackupShare.class, "client-backup",
          CustodianSigningShare.class, "custodian-signing",
          CustodianBackupShare.class, "custodian-backup");

  @Test
  void everyKind_roundTrips() {
    for (KeyShare share : everyKind()) {
      byte[] encoded = codec.encode(share);
      KeyShare decoded = codec.decode(encoded, share.getClass());
      assertSame(share.getClass(), decoded.getClass());
      assertEquals(share.walletId(), decoded.walletId());
      assertEquals(share.pairId(), decoded.pairId());
      assertEquals(share.publicKey(), decoded.publicKey());
      assertArrayEquals(MATERIAL, decoded.material().revealCopy());
      assertArrayEquals(
          MATERIAL, share.material().revealCopy(), "encoding leaves the share intact");
    }
  }

  @Test
  void document_isTheVersionedJsonOfDesignSection5() throws Exception {
    for (KeyShare share : everyKind()) {
      JsonNode json = mapper.readTree(codec.encode(share));
      List<String> names = new ArrayList<>();
      json.fieldNames().forEachRemaining(names::add);
      assertEquals(
          List.of("format", "kind", "curve", "walletId", "pairId", "publicKey", "material"), names);
      assertEquals(1, json.get("format").intValue());
      assertEquals(KINDS.get(share.getClass()), json.get("kind").textValue());
      assertEquals("secp256k1", json.get("curve").textValue());
      assertEquals("wallet-1", json.get("walletId").textValue());
      assertEquals(share.pairId().value(), json.get("pairId").textValue());
      assertEquals(G.toHex(), json.get("publicKey").textValue());
      assertEquals(MATERIAL_BASE64, json.get("material").textValue());
    }
  }

  @Test
  void theWrongKind_isRejected() {
    for (KeyShare share : everyKind()) {
      byte[] encoded = codec.encode(share);
      for (Class<? extends KeyShare> other : KINDS.keySet()) {
        if (other != share.getClass()) {
          assertRejected(encoded, other);
        }
      }
    }
  }

  @Test
  void malformedJson_isRejected() {
    for (String text :
        new String[] {
          "", "   ", "not json", "[]", "\"text\"", "42", "{", "{\"format\":1", "{\"format\":1,}",
        }) {
      assertRejected(text.getBytes(StandardCharsets.UTF_8), ClientSigningShare.class);
    }
    assertRejected((byte[]) null, ClientSigningShare.class);
  }

  @Test
  void contentAfterTheObject_isRejected() {
    String document = valid();
    assertRejected(document + " {}", ClientSigningShare.class);
    assertRejected(document + " x", ClientSigningShare.class);
  }

  @Test
  void unknownMissingOrRepeatedMembers_areRejected() throws Exception {
    assertRejected(with(node -> node.put("extra", 1)), ClientSigningShare.class);
    for (String member :
        new String[] {"format", "kind", "curve", "walletId", "pairId", "publicKey", "material"}) {
      assertRejected(with(node -> node.remove(member)), ClientSigningShare.class);
    }
    String repeated = valid().replaceFirst("\\{", "{\"walletId\":\"wallet-2\",");
    assertRejected(repeated, ClientSigningShare.class);
  }

  @Test
  void anotherFormat_isRejected() throws Exception {
    assertRejected(with(node -> node.put("format", 2)), ClientSigningShare.class);
    assertRejected(with(node -> node.put("format", 0)), ClientSigningShare.class);
    assertRejected(with(node -> node.put("format", "1")), ClientSigningShare.class);
    assertRejected(with(node -> node.put("format", 1.0)), ClientSigningShare.class);
    assertRejected(with(node -> node.put("format", 4294967297L)), ClientSigningShare.class);
  }

  @Test
  void unknownKindOrCurve_isRejected() throws Exception {
    assertRejected(with(node -> node.put("kind", "server-signing")), ClientSigningShare.class);
    assertRejected(with(node -> node.put("curve", "ed25519")), ClientSigningShare.class);
    assertRejected(with(node -> node.putObject("kind")), ClientSigningShare.class);
  }

  @Test
  void aBadPublicKey_isRejected() throws Exception {
    String hex = G.toHex();
    String offCurve = hex.substring(0, hex.length() - 1) + (hex.endsWith("8") ? "9" : "8");
    for (String bad :
        new String[] {
          offCurve,
          hex.toUpperCase().replace("0X", "0x"),
          hex.substring(2),
          "0x" + toHex(G.compressed()),
          "0x04",
          "",
        }) {
      assertRejected(with(node -> node.put("publicKey", bad)), ClientSigningShare.class);
    }
    assertRejected(with(node -> node.put("publicKey", 4)), ClientSigningShare.class);
  }

  @Test
  void aBadMaterial_isRejected() throws Exception {
    assertRejected(with(node -> node.put("material", "not base64!")), ClientSigningShare.class);
    assertRejected(with(node -> node.put("material", "")), ClientSigningShare.class);
    assertRejected(with(node -> node.put("material", 12)), ClientSigningShare.class);
    assertRejected(with(node -> node.putArray("material")), ClientSigningShare.class);
  }

  @Test
  void illegalIds_areRejected() throws Exception {
    assertRejected(with(node -> node.put("walletId", "wallet 1")), ClientSigningShare.class);
    assertRejected(with(node -> node.put("pairId", "")), ClientSigningShare.class);
    assertRejected(with(node -> node.put("pairId", "x".repeat(129))), ClientSigningShare.class);
  }

  @Test
  void noRejection_repeatsTheMaterial() throws Exception {
    List<byte[]> documents =
        List.of(
            with(node -> node.put("extra", MATERIAL_BASE64)),
            with(node -> node.put("kind", MATERIAL_BASE64)),
            with(node -> node.put("walletId", MATERIAL_BASE64 + " ")),
            with(node -> node.put("publicKey", MATERIAL_BASE64)),
            (valid().replace("\"material\":\"", "\"material\":\"!"))
                .getBytes(StandardCharsets.UTF_8),
            (valid() + MATERIAL_BASE64).getBytes(StandardCharsets.UTF_8),
            ("{\"material\":" + MATERIAL_BASE64 + "}").getBytes(StandardCharsets.UTF_8));
    for (byte[] document : documents) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> codec.decode(document, ClientSigningShare.class));
      assertFalse(e.getMessage().contains(MATERIAL_BASE64), e.getMessage());
      assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
      assertEquals(null, e.getCause(), "no Jackson exception, whose message may quote the input");
    }
  }

  @Test
  void decodedShares_printNoMaterial() {
    for (KeyShare share : everyKind()) {
      String text = codec.decode(codec.encode(share), share.getClass()).toString();
      assertFalse(text.contains(MATERIAL_BASE64), text);
      assertFalse(text.contains("SECRET"), text);
    }
  }

  @Test
  void decodingLeavesTheInputAsItIs() {
    byte[] encoded = codec.encode(everyKind().get(0));
    byte[] copy = encoded.clone();
    codec.decode(encoded, ClientSigningShare.class);
    assertArrayEquals(copy, encoded);
  }

  private String valid() {
    return new String(codec.encode(everyKind().get(0)), StandardCharsets.UTF_8);
  }

  /** The valid client signing share document, changed by {@code change}, keeping member order. */
  private byte[] with(Consumer<ObjectNode> change) throws Exception {
    ObjectNode node = (ObjectNode) mapper.readTree(valid());
    change.accept(node);
    return mapper.writeValueAsBytes(node);
  }

  private void assertRejected(String document, Class<? extends KeyShare> expected) {
    assertRejected(document.getBytes(StandardCharsets.UTF_8), expected);
  }

  private void assertRejected(byte[] document, Class<? extends KeyShare> expected) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> codec.decode(document, expected));
    assertFalse(e.getMessage().contains(MATERIAL_BASE64), e.getMessage());
  }

  private static String toHex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02x", b));
    }
    return out.toString();
  }
}
