package dev.tandem.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.domain.model.EthereumAddress;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.Test;

/**
 * Checks that the digests the signature vectors were made over are the ones Tandem computes for
 * their messages, and that Bouncy Castle's ECDSA verifier accepts each (r, s) over Tandem's digest
 * under the key whose address the vector names.
 */
class SignatureVectorsTest {
  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");

  @Test
  void everySignatureVector_signsTheDigestTandemComputes() {
    Map<String, byte[]> publicKeyByAddress = publicKeysOfVectorKeys();
    int checked = 0;
    for (JsonNode vector : EthereumVectors.section("signatures")) {
      byte[] digest = digestOf(vector);
      assertEquals(vector.get("digest").asText(), EthereumVectors.hex(digest));

      byte[] publicKey = publicKeyByAddress.get(vector.get("address").asText());
      assertNotNull(publicKey, "no key in the vector file has the signer's address");
      BigInteger r = EthereumVectors.unsigned(vector.get("r").asText());
      BigInteger s = EthereumVectors.unsigned(vector.get("s").asText());
      assertTrue(verifies(publicKey, digest, r, s), "signature over " + vector.get("method"));

      String rsv =
          vector.get("r").asText()
              + vector.get("s").asText().substring(2)
              + String.format("%02x", vector.get("v").asInt());
      assertEquals(vector.get("signature").asText(), rsv);
      checked++;
    }
    assertEquals(EthereumVectors.section("signatures").size(), checked);
  }

  private static byte[] digestOf(JsonNode vector) {
    String method = vector.get("method").asText();
    switch (method) {
      case "personal_sign":
        return Eip191.personalMessageDigest(vector.get("message").asText());
      case "eth_signTypedData_v4":
        return Eip712TypedData.of(EthereumVectors.tree(vector.get("message"))).digest();
      default:
        return fail("unexpected signing method " + method);
    }
  }

  /** Each vector key's public key (derived by Bouncy Castle), under the address Tandem derives. */
  private static Map<String, byte[]> publicKeysOfVectorKeys() {
    Map<String, byte[]> byAddress = new HashMap<>();
    for (JsonNode key : EthereumVectors.section("keys")) {
      BigInteger privateKey = EthereumVectors.unsigned(key.get("privateKey").asText());
      byte[] publicKey = SECP256K1.getG().multiply(privateKey).normalize().getEncoded(false);
      byAddress.put(EthereumAddress.fromPublicKey(publicKey).checksummed(), publicKey);
    }
    return byAddress;
  }

  private static boolean verifies(byte[] publicKey, byte[] digest, BigInteger r, BigInteger s) {
    ECDomainParameters domain =
        new ECDomainParameters(SECP256K1.getCurve(), SECP256K1.getG(), SECP256K1.getN());
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, new ECPublicKeyParameters(SECP256K1.getCurve().decodePoint(publicKey), domain));
    return verifier.verifySignature(digest, r, s);
  }
}
