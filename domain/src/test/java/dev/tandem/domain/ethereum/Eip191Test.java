package dev.tandem.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;

/** Checks EIP-191 personal-message digests against ethers' vectors and a Bouncy Castle rebuild. */
class Eip191Test {
  @Test
  void textVectors_matchEthers() {
    for (JsonNode vector : EthereumVectors.section("eip191")) {
      String message = vector.get("message").asText();
      assertEquals(
          vector.get("hash").asText(),
          EthereumVectors.hex(Eip191.personalMessageDigest(message)),
          "message of " + message.length() + " characters");
    }
  }

  @Test
  void byteVectors_matchEthers() {
    for (JsonNode vector : EthereumVectors.section("eip191_bytes")) {
      byte[] message = EthereumVectors.hex(vector.get("messageHex").asText());
      assertEquals(
          vector.get("hash").asText(), EthereumVectors.hex(Eip191.personalMessageDigest(message)));
    }
  }

  @Test
  void lengthInThePrefix_countsUtf8Bytes_notCharacters() {
    String text = "\u00fc\ud83d\udc4b"; // ü (2 bytes) and 👋 (4 bytes): 3 chars, 6 bytes
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes("\u0019Ethereum Signed Message:\n6".getBytes(StandardCharsets.US_ASCII));
    expected.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(bouncyCastleKeccak(expected.toByteArray()), Eip191.personalMessageDigest(text));
  }

  @Test
  void textAndItsUtf8Bytes_giveTheSameDigest() {
    String text = "Tandem \u00e9";
    assertArrayEquals(
        Eip191.personalMessageDigest(text.getBytes(StandardCharsets.UTF_8)),
        Eip191.personalMessageDigest(text));
  }

  @Test
  void unpairedSurrogate_isRejected_ratherThanSignedAsQuestionMark() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Eip191.personalMessageDigest("bad \ud83d end"));
    assertTrue(e.getMessage().contains("surrogate"), e.getMessage());
  }

  private static byte[] bouncyCastleKeccak(byte[] input) {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(input, 0, input.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
