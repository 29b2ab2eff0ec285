package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.domain.ethereum.EthereumVectors;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code tandem demo} run in process. The JSON document is checked field by field, and every
 * signature in it is checked with Bouncy Castle alone: it verifies under the wallet's public key,
 * recovers to it, and that key's address is the wallet's.
 */
class DemoCommandTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~:-]{1,128}");
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
  private static final Pattern PUBLIC_KEY = Pattern.compile("0x04[0-9a-f]{128}");
  private static final Pattern SIGNATURE = Pattern.compile("0x[0-9a-f]{130}");

  /** Numbers as BigInteger, like the vectors, so that typed data compares node for node. */
  private static final ObjectMapper STRICT_JSON =
      EthereumVectors.JSON.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  @Test
  void demoJson_printsOneDocumentOfTheStatedShape_whoseSignaturesAllRecoverToTheWallet()
      throws IOException {
    Run run = Run.of("demo", "--json");

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, documentCount(run.out()), "exactly one JSON document on standard output");
    JsonNode document = STRICT_JSON.readTree(run.out());
    assertEquals(
        Set.of("wallet", "pairs", "signatures", "revokedPairSignAttempt"), fieldNames(document));

    // wallet
    JsonNode wallet = document.get("wallet");
    assertEquals(Set.of("id", "address", "publicKey"), fieldNames(wallet));
    assertMatches(ID, wallet.get("id"));
    assertMatches(ADDRESS, wallet.get("address"));
    assertMatches(PUBLIC_KEY, wallet.get("publicKey"));
    String address = wallet.get("address").asText();
    byte[] publicKey = BouncyCastleEthereum.hex(wallet.get("publicKey").asText());
    assertEquals(BouncyCastleEthereum.address(publicKey), address, "EIP-55 address of the key");

    // pairs: A revoked, B still usable
    JsonNode pairs = document.get("pairs");
    assertEquals(2, pairs.size());
    for (JsonNode pair : pairs) {
      assertEquals(Set.of("id", "device", "status"), fieldNames(pair));
      assertMatches(ID, pair.get("id"));
    }
    assertEquals("A", pairs.get(0).get("device").asText());
    assertEquals("REVOKED", pairs.get(0).get("status").asText());
    assertEquals("B", pairs.get(1).get("device").asText());
    assertEquals("COMPLETED", pairs.get(1).get("status").asText());
    String pairA = pairs.get(0).get("id").asText();
    String pairB = pairs.get(1).get("id").asText();
    assertNotEquals(pairA, pairB);

    // signatures
    JsonNode signatures = document.get("signatures");
    assertTrue(signatures.isArray());
    Set<String> kinds = new HashSet<>();
    JsonNode mail = EthereumVectors.section("eip712").get(0);
    for (JsonNode signed : signatures) {
      assertEquals(Set.of("pair", "device", "method", "message", "signature"), fieldNames(signed));
      String device = signed.get("device").asText();
      String method = signed.get("method").asText();
      assertEquals(device.equals("A") ? pairA : device.equals("B") ? pairB : "no such device",
          signed.get("pair").asText());
      assertMatches(SIGNATURE, signed.get("signature"));

      byte[] digest;
      switch (method) {
        case "personal_sign":
          assertTrue(signed.get("message").isTextual(), "a personal_sign message is its text");
          digest = BouncyCastleEthereum.personalMessageDigest(signed.get("message").asText());
          break;
        case "eth_signTypedData_v4":
          assertEquals(mail.get("typedData"), signed.get("message"), "the EIP-712 Mail example");
          digest = EthereumVectors.hex(mail.get("digest").asText());
          break;
        default:
          digest = fail("unexpected method " + method);
      }
      byte[] signature = BouncyCastleEthereum.hex(signed.get("signature").asText());
      assertLowSWithEthereumV(signature);
      assertTrue(
          BouncyCastleEthereum.verifies(publicKey, digest, signature),
          device + "'s " + method + " signature verifies under the wallet's key");
      byte[] recovered = BouncyCastleEthereum.recover(digest, signature);
      assertArrayEquals(publicKey, recovered, device + "'s " + method + " recovers to the key");
      assertEquals(address, BouncyCastleEthereum.address(recovered));
      kinds.add(device + " " + method);
    }
    assertEquals(
        Set.of(
            "A personal_sign",
            "A eth_signTypedData_v4",
            "B personal_sign",
            "B eth_signTypedData_v4"),
        kinds);

    // the revoked pair's attempt
    JsonNode attempt = document.get("revokedPairSignAttempt");
    assertEquals(Set.of("pair", "error"), fieldNames(attempt));
    assertEquals(pairA, attempt.get("pair").asText());
    assertEquals("PAIR_REVOKED", attempt.get("error").asText());

    // The narration went to standard error, not into the document.
    assertTrue(run.err().contains("[1/9] Create a wallet on device A"), run.err());
    assertTrue(run.err().contains("[9/9] Device B still signs"), run.err());
  }

  @Test
  void demo_narratesEveryStepOnStandardOutput_andProgressOnStandardError() {
    Run run = Run.of("demo");

    assertEquals(0, run.exitCode(), run.err());
    List<String> steps =
        List.of(
            "[1/9] Create a wallet on device A",
            "[2/9] Sign on device A",
            "[3/9] Back up the wallet",
            "[4/9] Provision device B from the backup ciphertext",
            "[5/9] Sign on device A and on device B",
            "[6/9] Verify every signature independently",
            "[7/9] Revoke device A's pair",
            "[8/9] Device A tries to sign",
            "[9/9] Device B still signs");
    int from = 0;
    for (String step : steps) {
      int at = run.out().indexOf(step, from);
      assertTrue(at >= 0, "missing or out of order: " + step + "\n" + run.out());
      from = at;
    }
    for (String status :
        List.of("READING_SHARE", "DECRYPTING_SHARE", "PARSING_SHARE", "GENERATING_SHARE",
            "STORING_SHARE", "DONE")) {
      assertTrue(run.out().contains(status), "provisioning status " + status);
    }
    assertTrue(run.out().contains("refused: PAIR_REVOKED"), run.out());
    assertTrue(run.out().contains("Done in "), run.out());
    assertFalse(run.out().contains("{"), "no JSON on standard output without --json");
    assertTrue(run.err().contains("] 9/9 Device B still signs"), "progress bar: " + run.err());
  }

  private static int documentCount(String text) throws IOException {
    int count = 0;
    try (MappingIterator<JsonNode> documents =
        EthereumVectors.JSON.readerFor(JsonNode.class).readValues(text)) {
      while (documents.hasNextValue()) {
        documents.nextValue();
        count++;
      }
    }
    return count;
  }

  private static void assertLowSWithEthereumV(byte[] signature) {
    assertEquals(65, signature.length);
    BigInteger s = BouncyCastleEthereum.s(signature);
    assertTrue(s.signum() > 0 && s.compareTo(BouncyCastleEthereum.ORDER.shiftRight(1)) <= 0,
        "low s");
    int v = signature[64] & 0xff;
    assertTrue(v == 27 || v == 28, "v is 27 or 28, was " + v);
  }

  private static void assertMatches(Pattern pattern, JsonNode value) {
    assertTrue(value.isTextual(), value + " is a string");
    assertTrue(pattern.matcher(value.asText()).matches(), value + " matches " + pattern);
  }

  private static Set<String> fieldNames(JsonNode object) {
    assertTrue(object.isObject(), object + " is an object");
    Set<String> names = new HashSet<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
