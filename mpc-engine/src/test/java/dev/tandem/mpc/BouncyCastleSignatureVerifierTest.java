package dev.tandem.mpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.ethereum.EthereumVectors;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier against the {@code signatures} entries of the Ethereum vectors (made by ethers, not
 * by Tandem): each recovers to the address the vector names and to the public key of that address
 * in the {@code keys} entries, and verifies under it; anything changed does not.
 */
class BouncyCastleSignatureVerifierTest {
  private static final BigInteger ORDER = Curve.SECP256K1.order();
  private static final BigInteger FIELD_PRIME = Curve.SECP256K1.fieldPrime();

  private final BouncyCastleSignatureVerifier verifier = new BouncyCastleSignatureVerifier();

  @Test
  void everyVectorSignature_recoversToItsAddressAndVerifies() {
    Map<String, PublicKey> keysByAddress = vectorKeysByAddress();
    List<JsonNode> vectors = EthereumVectors.section("signatures");
    for (JsonNode vector : vectors) {
      MessageHash digest = MessageHash.fromHex(vector.get("digest").asText());
      Signature signature = Signature.fromEthereumHex(vector.get("signature").asText());
      String address = vector.get("address").asText();

      PublicKey recovered = verifier.recover(digest, signature);

      assertEquals(address, recovered.ethereumAddress().checksummed(), vector.toString());
      assertEquals(keysByAddress.get(address), recovered, "the key of " + address);
      assertTrue(verifier.verifies(recovered, digest, signature), vector.toString());
    }
  }

  @Test
  void vectorsCoverBothMethodsAndBothRecoveryIds() {
    List<JsonNode> vectors = EthereumVectors.section("signatures");
    assertTrue(vectors.stream().anyMatch(v -> v.get("method").asText().equals("personal_sign")));
    assertTrue(
        vectors.stream().anyMatch(v -> v.get("method").asText().equals("eth_signTypedData_v4")));
    assertTrue(vectors.stream().anyMatch(v -> v.get("v").asInt() == 27));
    assertTrue(vectors.stream().anyMatch(v -> v.get("v").asInt() == 28));
  }

  @Test
  void tamperedDigest_neitherVerifiesNorRecoversTheSigner() {
    for (JsonNode vector : EthereumVectors.section("signatures")) {
      byte[] digest = EthereumVectors.hex(vector.get("digest").asText());
      digest[0] ^= 0x01;
      MessageHash tampered = MessageHash.of(digest);
      Signature signature = Signature.fromEthereumHex(vector.get("signature").asText());
      PublicKey signer = signerOf(vector);

      assertFalse(verifier.verifies(signer, tampered, signature));
      assertNotEquals(signer, verifier.recover(tampered, signature));
    }
  }

  @Test
  void otherRecoveryId_recoversAnotherKey() {
    for (JsonNode vector : EthereumVectors.section("signatures")) {
      MessageHash digest = MessageHash.fromHex(vector.get("digest").asText());
      Signature signature = Signature.fromEthereumHex(vector.get("signature").asText());
      Signature flipped =
          new Signature(
              signature.curve(), signature.r(), signature.s(), signature.recoveryId() ^ 1);

      PublicKey other = verifier.recover(digest, flipped);

      assertNotEquals(signerOf(vector), other);
      // (r, s) is unchanged, so plain ECDSA verification under the signer still holds; and any
      // recovered key verifies the (r, s) it came from, which is why a caller compares the
      // recovered key (or its address) with the expected signer.
      assertTrue(verifier.verifies(signerOf(vector), digest, flipped));
      assertTrue(verifier.verifies(other, digest, flipped));
    }
  }

  @Test
  void tamperedS_doesNotVerify() {
    JsonNode vector = EthereumVectors.section("signatures").get(0);
    MessageHash digest = MessageHash.fromHex(vector.get("digest").asText());
    Signature signature = Signature.fromEthereumHex(vector.get("signature").asText());
    Signature tampered =
        new Signature(
            signature.curve(),
            signature.r(),
            signature.s().subtract(BigInteger.ONE),
            signature.recoveryId());

    assertFalse(verifier.verifies(signerOf(vector), digest, tampered));
    assertNotEquals(signerOf(vector), verifier.recover(digest, tampered));
  }

  @Test
  void anotherKey_doesNotVerify() {
    List<JsonNode> vectors = EthereumVectors.section("signatures");
    Map<String, PublicKey> keys = vectorKeysByAddress();
    for (JsonNode vector : vectors) {
      MessageHash digest = MessageHash.fromHex(vector.get("digest").asText());
      Signature signature = Signature.fromEthereumHex(vector.get("signature").asText());
      for (Map.Entry<String, PublicKey> key : keys.entrySet()) {
        if (!key.getKey().equals(vector.get("address").asText())) {
          assertFalse(verifier.verifies(key.getValue(), digest, signature));
        }
      }
    }
  }

  @Test
  void rThatIsNoCurvePointsX_recoversNothing() {
    BigInteger r = firstXOffTheCurve();
    Signature signature = new Signature(Curve.SECP256K1, r, BigInteger.ONE, 0);
    MessageHash hash = MessageHash.of(new byte[32]);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> verifier.recover(hash, signature));
    assertEquals(ErrorCode.INVALID_INPUT, e.code());
  }

  @Test
  void recoveryIdBeyondTheField_recoversNothing() {
    // r + n ≥ p for this r, so recovery ids 2 and 3 name no x coordinate.
    BigInteger r = FIELD_PRIME.subtract(ORDER);
    MessageHash hash = MessageHash.of(new byte[32]);
    for (int recoveryId : new int[] {2, 3}) {
      Signature signature = new Signature(Curve.SECP256K1, r, BigInteger.ONE, recoveryId);
      assertThrows(InvalidInputException.class, () -> verifier.recover(hash, signature));
    }
  }

  @Test
  void recoveryIdWithXAboveTheOrder_recoversWhenThatPointExists() {
    // x = r + n < p only for r < p − n; this r is 1, and 1 + n is the x of a curve point exactly
    // when x³ + 7 is a square mod p. Whichever key comes out verifies the (r, s) it came from.
    BigInteger r = BigInteger.ONE;
    MessageHash hash =
        MessageHash.fromHex(EthereumVectors.section("signatures").get(0).get("digest").asText());
    Signature signature = new Signature(Curve.SECP256K1, r, BigInteger.TWO, 2);
    if (isXOfCurvePoint(r.add(ORDER))) {
      PublicKey recovered = verifier.recover(hash, signature);
      assertTrue(verifier.verifies(recovered, hash, signature));
    } else {
      assertThrows(InvalidInputException.class, () -> verifier.recover(hash, signature));
    }
  }

  private static PublicKey signerOf(JsonNode vector) {
    return vectorKeysByAddress().get(vector.get("address").asText());
  }

  /** The vector keys' public keys as the vector file states them, by their stated address. */
  private static Map<String, PublicKey> vectorKeysByAddress() {
    Map<String, PublicKey> keys = new HashMap<>();
    for (JsonNode key : EthereumVectors.section("keys")) {
      PublicKey publicKey =
          PublicKey.fromHex(Curve.SECP256K1, key.get("publicKeyUncompressed").asText());
      String address = key.get("address").asText();
      assertEquals(EthereumAddress.parse(address), publicKey.ethereumAddress());
      keys.put(address, publicKey);
    }
    return keys;
  }

  private static BigInteger firstXOffTheCurve() {
    BigInteger x = BigInteger.ONE;
    while (isXOfCurvePoint(x)) {
      x = x.add(BigInteger.ONE);
    }
    return x;
  }

  /** Euler's criterion: x³ + 7 is a non-zero square mod p (p is prime). */
  private static boolean isXOfCurvePoint(BigInteger x) {
    BigInteger rhs = x.pow(3).add(BigInteger.valueOf(7)).mod(FIELD_PRIME);
    return rhs.signum() == 0
        || rhs.modPow(FIELD_PRIME.subtract(BigInteger.ONE).shiftRight(1), FIELD_PRIME)
            .equals(BigInteger.ONE);
  }
}
