package dev.tandem.adapter.inmemory.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Checks of signatures, digests and addresses with Bouncy Castle alone (its ECDSA verifier, its
 * point arithmetic for public-key recovery, its Keccak), sharing no code with Tandem.
 */
final class IndependentEthereum {
  static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(
          SECP256K1.getCurve(), SECP256K1.getG(), SECP256K1.getN(), SECP256K1.getH());

  private IndependentEthereum() {}

  static byte[] keccak256(byte[]... parts) {
    KeccakDigest digest = new KeccakDigest(256);
    for (byte[] part : parts) {
      digest.update(part, 0, part.length);
    }
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  /** EIP-191 version 0x45: keccak256("\x19Ethereum Signed Message:\n" ‖ len ‖ message). */
  static byte[] personalDigest(byte[] message) {
    return keccak256(
        ("\u0019Ethereum Signed Message:\n" + message.length).getBytes(StandardCharsets.US_ASCII),
        message);
  }

  /** The 20 address bytes of an uncompressed public key: last 20 bytes of keccak256(X ‖ Y). */
  static byte[] address(byte[] uncompressed) {
    byte[] hash = keccak256(Arrays.copyOfRange(uncompressed, 1, 65));
    return Arrays.copyOfRange(hash, 12, 32);
  }

  /**
   * The signature, taken apart from its printed {@code 0x r ‖ s ‖ v} form, verifies under the key
   * with Bouncy Castle's ECDSA, is low-s, and recovers to the key's address.
   */
  static void assertSignedBy(PublicKey key, MessageHash hash, Signature signature) {
    String printed = signature.toEthereumHex();
    assertTrue(printed.startsWith("0x") && printed.length() == 2 + 130, printed);
    byte[] raw = java.util.HexFormat.of().parseHex(printed.substring(2));
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
    int v = raw[64] & 0xff;
    assertTrue(v == 27 || v == 28, "v is 27 or 28, got " + v);
    assertTrue(s.compareTo(SECP256K1.getN().shiftRight(1)) <= 0, "low-s");

    ECPoint q = SECP256K1.getCurve().createPoint(key.x(), key.y());
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, new ECPublicKeyParameters(q, DOMAIN));
    assertTrue(verifier.verifySignature(hash.bytes(), r, s), "Bouncy Castle verifies");

    ECPoint recovered = recover(hash.bytes(), r, s, v - 27);
    assertNotNull(recovered);
    assertArrayEquals(
        address(key.uncompressed()),
        address(recovered.getEncoded(false)),
        "recovers to the wallet's address");
    assertArrayEquals(key.ethereumAddress().toByteArray(), address(recovered.getEncoded(false)));
  }

  static void assertAddressOf(PublicKey key, EthereumAddress address) {
    assertArrayEquals(address(key.uncompressed()), address.toByteArray());
  }

  /** The private scalar d: d·G is the public key (with Bouncy Castle's point arithmetic). */
  static void assertPrivateKeyOf(PublicKey key, byte[] scalar) {
    ECPoint q = SECP256K1.getG().multiply(new BigInteger(1, scalar)).normalize();
    assertEquals(key.x(), q.getAffineXCoord().toBigInteger());
    assertEquals(key.y(), q.getAffineYCoord().toBigInteger());
  }

  /** SEC 1 v2 §4.1.6: Q = r⁻¹·(s·R − e·G), R the point with x = r and y of the given parity. */
  private static ECPoint recover(byte[] digest, BigInteger r, BigInteger s, int recoveryId) {
    BigInteger n = SECP256K1.getN();
    ECCurve curve = SECP256K1.getCurve();
    byte[] encoded = new byte[33];
    encoded[0] = (byte) ((recoveryId & 1) == 0 ? 0x02 : 0x03);
    byte[] xBytes = r.toByteArray();
    int copy = Math.min(xBytes.length, 32);
    System.arraycopy(xBytes, xBytes.length - copy, encoded, 33 - copy, copy);
    ECPoint bigR = curve.decodePoint(encoded);
    BigInteger e = new BigInteger(1, digest);
    BigInteger rInverse = r.modInverse(n);
    return ECAlgorithms.sumOfTwoMultiplies(
            bigR,
            rInverse.multiply(s).mod(n),
            SECP256K1.getG(),
            rInverse.negate().multiply(e).mod(n))
        .normalize();
  }
}
