package dev.tandem.cli;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Ethereum's signature checks written on Bouncy Castle alone, sharing no code with Tandem (not its
 * Keccak, not its verifier): the EIP-191 digest, ECDSA verification, public-key recovery (SEC 1 v2
 * §4.1.6) and EIP-55 addresses.
 */
final class BouncyCastleEthereum {
  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(
          SECP256K1.getCurve(), SECP256K1.getG(), SECP256K1.getN(), SECP256K1.getH());
  static final BigInteger ORDER = SECP256K1.getN();

  private BouncyCastleEthereum() {}

  static byte[] keccak256(byte[] input) {
    KeccakDigest keccak = new KeccakDigest(256);
    keccak.update(input, 0, input.length);
    byte[] out = new byte[32];
    keccak.doFinal(out, 0);
    return out;
  }

  /** keccak256("\x19Ethereum Signed Message:\n" ‖ length ‖ UTF-8 text). */
  static byte[] personalMessageDigest(String text) {
    byte[] message = text.getBytes(StandardCharsets.UTF_8);
    byte[] prefix =
        ("\u0019Ethereum Signed Message:\n" + message.length).getBytes(StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(prefix, prefix.length + message.length);
    System.arraycopy(message, 0, all, prefix.length, message.length);
    return keccak256(all);
  }

  /** r ‖ s ‖ v (65 bytes) split: r, s and the recovery id v − 27. */
  static BigInteger r(byte[] signature) {
    return new BigInteger(1, Arrays.copyOfRange(signature, 0, 32));
  }

  static BigInteger s(byte[] signature) {
    return new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
  }

  static int recoveryId(byte[] signature) {
    return (signature[64] & 0xff) - 27;
  }

  static boolean verifies(byte[] uncompressedKey, byte[] digest, byte[] signature) {
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(
        false,
        new ECPublicKeyParameters(SECP256K1.getCurve().decodePoint(uncompressedKey), DOMAIN));
    return verifier.verifySignature(digest, r(signature), s(signature));
  }

  /** The 65-byte uncompressed public key recovered from a signature with v = 27 or 28. */
  static byte[] recover(byte[] digest, byte[] signature) {
    BigInteger r = r(signature);
    int recoveryId = recoveryId(signature);
    if (recoveryId != 0 && recoveryId != 1) {
      throw new IllegalArgumentException("v must be 27 or 28");
    }
    byte[] compressed = new byte[33];
    compressed[0] = (byte) (recoveryId == 0 ? 0x02 : 0x03);
    System.arraycopy(signature, 0, compressed, 1, 32);
    ECPoint nonce = SECP256K1.getCurve().decodePoint(compressed);
    BigInteger rInverse = r.modInverse(ORDER);
    BigInteger e = new BigInteger(1, digest);
    ECPoint q =
        ECAlgorithms.sumOfTwoMultiplies(
                nonce,
                rInverse.multiply(s(signature)).mod(ORDER),
                SECP256K1.getG(),
                rInverse.negate().multiply(e).mod(ORDER))
            .normalize();
    return q.getEncoded(false);
  }

  /** The EIP-55 address of a 65-byte uncompressed public key. */
  static String address(byte[] uncompressedKey) {
    byte[] hash = keccak256(Arrays.copyOfRange(uncompressedKey, 1, 65));
    return checksummed(Arrays.copyOfRange(hash, 12, 32));
  }

  private static String checksummed(byte[] address) {
    String lower = HexFormat.of().formatHex(address);
    byte[] hash = keccak256(lower.getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder("0x");
    for (int i = 0; i < lower.length(); i++) {
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      char c = lower.charAt(i);
      out.append(nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return out.toString();
  }

  static byte[] hex(String text) {
    return HexFormat.of().parseHex(text.substring(2));
  }
}
