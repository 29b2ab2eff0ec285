package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Public ring-Pedersen parameters {@code (N̂, s, t)} of CGGMP21 (§3.3 and the aux-info phase):
 * {@code N̂} an RSA modulus whose factorisation only its owner knows, {@code t} a quadratic residue
 * and {@code s = t^λ mod N̂}. A commitment to {@code x} with randomness {@code y} is {@code s^x·t^y
 * mod N̂}.
 *
 * <p>In Tandem the client owns them (PROTOCOL.md §2): Π^fac and Π^log* are proven by the custodian
 * against the client's parameters. The custodian must verify {@link RingPedersenParametersProof}
 * (s ∈ ⟨t⟩) before it proves anything against them.
 *
 * <p>Construction checks what can be checked without the factorisation: {@code N̂} odd, not a
 * square, between {@value #MINIMUM_MODULUS_BITS} and 4096 bits; {@code s}, {@code t} in Z*_N̂,
 * distinct, and neither {@code 1} nor {@code -1}. Immutable.
 */
public final class RingPedersenParameters {

  /** Smallest accepted N̂. */
  public static final int MINIMUM_MODULUS_BITS = 2048;

  private final BigInteger n;
  private final BigInteger s;
  private final BigInteger t;

  private RingPedersenParameters(BigInteger n, BigInteger s, BigInteger t) {
    this.n = n;
    this.s = s;
    this.t = t;
  }

  /**
   * Validated parameters.
   *
   * @throws GeneralSecurityException naming the failed check
   */
  public static RingPedersenParameters of(BigInteger n, BigInteger s, BigInteger t)
      throws GeneralSecurityException {
    if (n == null || s == null || t == null) {
      throw new GeneralSecurityException("ring-pedersen: parameter missing");
    }
    if (n.signum() <= 0 || !n.testBit(0)) {
      throw new GeneralSecurityException("ring-pedersen: N̂ is not a positive odd integer");
    }
    if (n.bitLength() < MINIMUM_MODULUS_BITS || n.bitLength() > ZkSupport.MAX_MODULUS_BITS) {
      throw new GeneralSecurityException(
          "ring-pedersen: N̂ has " + n.bitLength() + " bits, expected " + MINIMUM_MODULUS_BITS
              + " to " + ZkSupport.MAX_MODULUS_BITS);
    }
    BigInteger root = n.sqrt();
    if (root.multiply(root).equals(n)) {
      throw new GeneralSecurityException("ring-pedersen: N̂ is a square");
    }
    ZkSupport.requireUnit(s, n, "ring-pedersen: s");
    ZkSupport.requireUnit(t, n, "ring-pedersen: t");
    BigInteger minusOne = n.subtract(BigInteger.ONE);
    if (s.equals(BigInteger.ONE) || s.equals(minusOne)) {
      throw new GeneralSecurityException("ring-pedersen: s is ±1");
    }
    if (t.equals(BigInteger.ONE) || t.equals(minusOne)) {
      throw new GeneralSecurityException("ring-pedersen: t is ±1");
    }
    if (s.equals(t)) {
      throw new GeneralSecurityException("ring-pedersen: s equals t");
    }
    return new RingPedersenParameters(n, s, t);
  }

  /** N̂. */
  public BigInteger n() {
    return n;
  }

  /** s. */
  public BigInteger s() {
    return s;
  }

  /** t. */
  public BigInteger t() {
    return t;
  }

  /** The commitment {@code s^x·t^y mod N̂}; {@code x} and {@code y} may be negative. */
  public BigInteger commit(BigInteger x, BigInteger y) {
    return s.modPow(x, n).multiply(t.modPow(y, n)).mod(n);
  }

  /** Writes N̂, s, t as unsigned integers. */
  public void write(ByteWriter writer) {
    writer.writeUnsigned(n).writeUnsigned(s).writeUnsigned(t);
  }

  /**
   * Reads and validates parameters.
   *
   * @throws GeneralSecurityException if malformed or invalid
   */
  public static RingPedersenParameters read(ByteReader reader) throws GeneralSecurityException {
    BigInteger n = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    BigInteger s = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    BigInteger t = reader.readUnsigned(ZkSupport.MAX_MODULUS_BITS);
    return of(n, s, t);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RingPedersenParameters)) {
      return false;
    }
    RingPedersenParameters other = (RingPedersenParameters) o;
    return n.equals(other.n) && s.equals(other.s) && t.equals(other.t);
  }

  @Override
  public int hashCode() {
    return Objects.hash(n, s, t);
  }

  @Override
  public String toString() {
    return "RingPedersenParameters[bits=" + n.bitLength() + "]";
  }
}
