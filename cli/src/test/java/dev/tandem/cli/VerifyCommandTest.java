package dev.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.domain.ethereum.EthereumVectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem verify} against the signature vectors (made by ethers, not by Tandem): each genuine
 * signature is accepted for its address, and any change to the message, the signature or the
 * address is refused.
 */
class VerifyCommandTest {

  @TempDir Path directory;

  @Test
  void genuinePersonalSignSignatures_verify() {
    for (JsonNode vector : vectors("personal_sign")) {
      Run run =
          Run.of(
              "verify",
              "--address", vector.get("address").asText(),
              "--message", vector.get("message").asText(),
              "--signature", vector.get("signature").asText());

      assertEquals(0, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().startsWith("valid: signed by " + vector.get("address").asText()));
    }
  }

  @Test
  void genuineTypedDataSignatures_verify() throws IOException {
    for (JsonNode vector : vectors("eth_signTypedData_v4")) {
      Path file = directory.resolve("typed-data.json");
      Files.writeString(file, vector.get("message").toString());

      Run run =
          Run.of(
              "verify",
              "--address", vector.get("address").asText(),
              "--typed-data", file.toString(),
              "--signature", vector.get("signature").asText());

      assertEquals(0, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().contains("eth_signTypedData_v4, digest " + vector.get("digest").asText()));
    }
  }

  @Test
  void genuineSignatureOverAHash_verifies() {
    JsonNode vector = EthereumVectors.section("signatures").get(0);

    Run run =
        Run.of(
            "verify",
            "--address", vector.get("address").asText(),
            "--hash", vector.get("digest").asText(),
            "--signature", vector.get("signature").asText());

    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  @Test
  void tamperedMessage_isRefused() {
    JsonNode vector = vectors("personal_sign").get(0);

    Run run =
        Run.of(
            "verify",
            "--address", vector.get("address").asText(),
            "--message", vector.get("message").asText() + "!",
            "--signature", vector.get("signature").asText());

    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith("invalid: "), run.out());
  }

  @Test
  void tamperedSignature_isRefused() {
    JsonNode vector = vectors("personal_sign").get(0);
    String signature = vector.get("signature").asText();
    // Change one hex digit of r.
    char digit = signature.charAt(10);
    String tampered =
        signature.substring(0, 10) + (digit == '0' ? '1' : '0') + signature.substring(11);

    Run run =
        Run.of(
            "verify",
            "--address", vector.get("address").asText(),
            "--message", vector.get("message").asText(),
            "--signature", tampered);

    assertEquals(1, run.exitCode());
  }

  @Test
  void anotherAddress_isRefused_andTheJsonNamesWhoSigned() throws IOException {
    JsonNode vector = vectors("personal_sign").get(0);
    String other =
        EthereumVectors.section("keys").stream()
            .map(key -> key.get("address").asText())
            .filter(address -> !address.equals(vector.get("address").asText()))
            .findFirst()
            .orElseThrow();

    Run run =
        Run.of(
            "verify",
            "--json",
            "--address", other,
            "--message", vector.get("message").asText(),
            "--signature", vector.get("signature").asText());

    assertEquals(1, run.exitCode());
    JsonNode result = EthereumVectors.JSON.readTree(run.out());
    assertFalse(result.get("valid").asBoolean());
    assertEquals(other, result.get("address").asText());
    assertEquals(vector.get("address").asText(), result.get("recoveredAddress").asText());
    assertEquals("personal_sign", result.get("method").asText());
    assertEquals(vector.get("digest").asText(), result.get("hash").asText());
  }

  @Test
  void genuineSignature_jsonSaysValid() throws IOException {
    JsonNode vector = vectors("personal_sign").get(0);

    Run run =
        Run.of(
            "verify",
            "--json",
            "--address", vector.get("address").asText(),
            "--message", vector.get("message").asText(),
            "--signature", vector.get("signature").asText());

    assertEquals(0, run.exitCode());
    JsonNode result = EthereumVectors.JSON.readTree(run.out());
    assertTrue(result.get("valid").asBoolean());
    assertEquals(vector.get("address").asText(), result.get("recoveredAddress").asText());
  }

  @Test
  void malformedSignature_isRefusedWithAReason() {
    JsonNode vector = vectors("personal_sign").get(0);

    Run run =
        Run.of(
            "verify",
            "--address", vector.get("address").asText(),
            "--message", vector.get("message").asText(),
            "--signature", "0x1234");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("65 bytes"), run.err());
  }

  @Test
  void withoutWhatWasSigned_isAUsageError() {
    JsonNode vector = vectors("personal_sign").get(0);

    Run run =
        Run.of(
            "verify",
            "--address", vector.get("address").asText(),
            "--signature", vector.get("signature").asText());

    assertEquals(2, run.exitCode());
  }

  private static List<JsonNode> vectors(String method) {
    List<JsonNode> vectors =
        EthereumVectors.section("signatures").stream()
            .filter(vector -> vector.get("method").asText().equals(method))
            .toList();
    assertFalse(vectors.isEmpty(), "no " + method + " vector");
    return vectors;
  }
}
