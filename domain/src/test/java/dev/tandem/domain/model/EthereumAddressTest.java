package dev.tandem.domain.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.domain.ethereum.EthereumVectors;
import java.math.BigInteger;
import java.util.Locale;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks EthereumAddress against ethers' vectors (private key → Bouncy Castle's secp256k1 public key
 * → address) and against the examples of EIP-55 itself.
 */
class EthereumAddressTest {
  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");

  @Test
  void vectorKeys_deriveTheirChecksummedAddress() {
    for (JsonNode key : EthereumVectors.section("keys")) {
      BigInteger privateKey = EthereumVectors.unsigned(key.get("privateKey").asText());
      byte[] publicKey = SECP256K1.getG().multiply(privateKey).normalize().getEncoded(false);
      assertEquals(key.get("publicKeyUncompressed").asText(), EthereumVectors.hex(publicKey));

      EthereumAddress address = EthereumAddress.fromPublicKey(publicKey);

      String expected = key.get("address").asText();
      assertEquals(expected, address.toString());
      assertEquals(expected, address.checksummed());
      assertEquals(address, EthereumAddress.parse(expected));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
      })
  void eip55Examples_parseAndPrintUnchanged(String checksummed) {
    assertEquals(checksummed, EthereumAddress.parse(checksummed).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
      })
  void singleCaseAddresses_carryNoChecksum_andAreAccepted(String singleCase) {
    EthereumAddress address = EthereumAddress.parse(singleCase);
    assertEquals(singleCase.toLowerCase(Locale.ROOT), address.checksummed().toLowerCase(Locale.ROOT));
  }

  @Test
  void lowerCaseAndUpperCase_parseToTheChecksummedAddress() {
    String checksummed = "0x52C16F93840D7a600cc89CDbEE96cEc389061f80";
    String digits = checksummed.substring(2);
    EthereumAddress fromLower = EthereumAddress.parse("0x" + digits.toLowerCase(Locale.ROOT));
    EthereumAddress fromUpper = EthereumAddress.parse("0x" + digits.toUpperCase(Locale.ROOT));
    assertEquals(checksummed, fromLower.toString());
    assertEquals(fromLower, fromUpper);
  }

  @Test
  void mixedCaseWithWrongChecksum_isRejected() {
    // The vector address with the case of its first letter flipped (7a -> 7A).
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EthereumAddress.parse("0x52C16F93840D7A600cc89CDbEE96cEc389061f80"));
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x52C16F93840D7a600cc89CDbEE96cEc389061f8",
        "0x52C16F93840D7a600cc89CDbEE96cEc389061f800",
        "0x",
        ""
      })
  void wrongLength_isRejected(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EthereumAddress.parse(text));
    assertTrue(e.getMessage().contains("0x"), e.getMessage());
  }

  @Test
  void missingPrefix_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> EthereumAddress.parse("52c16f93840d7a600cc89cdbee96cec389061f80"));
    assertTrue(e.getMessage().contains("start with 0x"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> EthereumAddress.parse("0X52c16f93840d7a600cc89cdbee96cec389061f80"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x52c16f93840d7a600cc89cdbee96cec389061f8g",
        "0x52c16f93840d7a600cc89cdbee96cec389061f8\uff10", // a fullwidth digit zero
        "0x52c16f93840d7a600cc89cdbee96cec38906 f80",
      })
  void nonHexCharacter_isRejected(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EthereumAddress.parse(text));
    assertTrue(e.getMessage().contains("not a hex digit"), e.getMessage());
  }

  @Test
  void fromBytes_requiresTwentyBytes() {
    assertThrows(IllegalArgumentException.class, () -> EthereumAddress.fromBytes(new byte[19]));
    assertThrows(IllegalArgumentException.class, () -> EthereumAddress.fromBytes(new byte[21]));
    assertEquals(
        "0x0000000000000000000000000000000000000000",
        EthereumAddress.fromBytes(new byte[20]).toString());
  }

  @Test
  void fromPublicKey_rejectsCompressedOrMalformedKeys() {
    byte[] publicKey = SECP256K1.getG().multiply(BigInteger.TEN).normalize().getEncoded(false);
    byte[] compressed = SECP256K1.getG().multiply(BigInteger.TEN).normalize().getEncoded(true);
    assertThrows(IllegalArgumentException.class, () -> EthereumAddress.fromPublicKey(compressed));

    byte[] wrongPrefix = publicKey.clone();
    wrongPrefix[0] = 0x02;
    assertThrows(IllegalArgumentException.class, () -> EthereumAddress.fromPublicKey(wrongPrefix));

    byte[] offCurve = publicKey.clone();
    offCurve[64] ^= 1;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EthereumAddress.fromPublicKey(offCurve));
    assertTrue(e.getMessage().contains("secp256k1"), e.getMessage());
  }

  @Test
  void fromPublicKey_agreesWithPublicKeyValue() {
    byte[] publicKey = SECP256K1.getG().multiply(BigInteger.valueOf(7)).normalize().getEncoded(false);
    assertEquals(
        EthereumAddress.fromPublicKey(publicKey),
        PublicKey.fromUncompressed(Curve.SECP256K1, publicKey).ethereumAddress());
  }

  @Test
  void bytesAreCopiedInAndOut() {
    byte[] bytes = new byte[20];
    bytes[19] = 1;
    EthereumAddress address = EthereumAddress.fromBytes(bytes);
    bytes[19] = 2;
    assertEquals(1, address.toByteArray()[19]);
    address.toByteArray()[19] = 3;
    assertEquals(1, address.toByteArray()[19]);
  }

  @Test
  void equalsAndHashCode_compareBytes() {
    byte[] bytes = EthereumVectors.hex("0x52c16f93840d7a600cc89cdbee96cec389061f80");
    EthereumAddress fromBytes = EthereumAddress.fromBytes(bytes);
    EthereumAddress parsed = EthereumAddress.parse("0x52C16F93840D7a600cc89CDbEE96cEc389061f80");
    assertEquals(fromBytes, parsed);
    assertEquals(fromBytes.hashCode(), parsed.hashCode());
    assertArrayEquals(bytes, parsed.toByteArray());
    assertNotEquals(fromBytes, EthereumAddress.fromBytes(new byte[20]));
  }
}
