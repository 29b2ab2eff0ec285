package dev.tandem.domain.model;

import dev.tandem.domain.error.InvalidInputException;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An ECDSA signature (r, s) with its recovery id, always in low-s form: the form Ethereum accepts
 * and any ECDSA verifier accepts.
 *
 * @param r the x coordinate of the nonce point, reduced mod n, in [1, n-1]
 * @param s in [1, n/2]
 * @param recoveryId 0 to 3: bit 0 is the parity of the nonce point's y, bit 1 says its x was ≥ n
 */
public record Signature(Curve curve, BigInteger r, BigInteger s, int recoveryId) {
  private static final int SCALAR_BYTES = 32;

  public Signature {
    Objects.requireNonNull(curve, "curve");
    Objects.requireNonNull(r, "r");
    Objects.requireNonNull(s, "s");
    BigInteger n = curve.order();
    if (r.signum() <= 0 || r.compareTo(n) >= 0) {
      throw new InvalidInputException("signature r is not in [1, n-1]");
    }
    if (s.signum() <= 0 || s.compareTo(n.shiftRight(1)) > 0) {
      throw new InvalidInputException("signature s is not in low-s form [1, n/2]");
    }
    if (recoveryId < 0 || recoveryId > 3) {
      throw new InvalidInputException("recovery id must be 0 to 3");
    }
  }

  /** The 65-byte Ethereum form {@code r ‖ s ‖ v} with v = 27 + recovery id parity, as wallets print it. */
  public byte[] toEthereumBytes() {
    if (recoveryId > 1) {
      throw new InvalidInputException(
          "recovery id " + recoveryId + " (x ≥ n) cannot be expressed with v = 27/28");
    }
    byte[] out = new byte[2 * SCALAR_BYTES + 1];
    System.arraycopy(Bytes.unsignedFixed(r, SCALAR_BYTES), 0, out, 0, SCALAR_BYTES);
    System.arraycopy(Bytes.unsignedFixed(s, SCALAR_BYTES), 0, out, SCALAR_BYTES, SCALAR_BYTES);
    out[2 * SCALAR_BYTES] = (byte) (27 + recoveryId);
    return out;
  }

  /** {@code 0x} + 130 hex digits. */
  public String toEthereumHex() {
    return Bytes.toHex0x(toEthereumBytes());
  }

  /** Parses the 65-byte {@code r ‖ s ‖ v} form, v ∈ {27, 28} or {0, 1}. */
  public static Signature fromEthereumBytes(byte[] bytes) {
    if (bytes == null || bytes.length != 2 * SCALAR_BYTES + 1) {
      throw new InvalidInputException("an Ethereum signature is exactly 65 bytes");
    }
    BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 0, SCALAR_BYTES));
    BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, SCALAR_BYTES, 2 * SCALAR_BYTES));
    int v = bytes[2 * SCALAR_BYTES] & 0xff;
    int recoveryId = v >= 27 ? v - 27 : v;
    if (recoveryId > 1) {
      throw new InvalidInputException("signature v must be 27, 28, 0 or 1");
    }
    return new Signature(Curve.SECP256K1, r, s, recoveryId);
  }

  public static Signature fromEthereumHex(String hex) {
    try {
      return fromEthereumBytes(Bytes.fromHex(hex));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("signature is not hex", e);
    }
  }
}
