package dev.tandem.mpc.internal.zk;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;

/** Number theory, sampling and the parameters shared by the CGGMP21 proofs. */
final class ZkSupport {

  /** ℓ: bit size of the secrets the range proofs are about (PROTOCOL.md §2). */
  static final int ELL = 256;

  /** ε: statistical slack of the range proofs (PROTOCOL.md §2). */
  static final int EPSILON = 512;

  /** m: repetitions of Π^mod and Π^prm (statistical soundness 2^-m). */
  static final int REPETITIONS = 80;

  /** Largest modulus (Paillier or ring-Pedersen) a proof may be about; bounds decoding. */
  static final int MAX_MODULUS_BITS = 4096;

  /** Largest integer any proof field may carry on the wire; exact bounds are checked in verify. */
  static final int MAX_FIELD_BITS = 2 * MAX_MODULUS_BITS + ELL + EPSILON + 64;

  private ZkSupport() {}

  /** A uniform integer in {@code [-bound, bound]}. */
  static BigInteger randomSigned(BigInteger bound, SecureRandom random) {
    BigInteger size = bound.shiftLeft(1).add(BigInteger.ONE);
    return randomBelow(size, random).subtract(bound);
  }

  /** A uniform integer in {@code [0, bound)}. */
  static BigInteger randomBelow(BigInteger bound, SecureRandom random) {
    Objects.requireNonNull(random, "random");
    int bits = bound.bitLength();
    while (true) {
      BigInteger candidate = new BigInteger(bits, random);
      if (candidate.compareTo(bound) < 0) {
        return candidate;
      }
    }
  }

  /** A uniform element of Z*_n. */
  static BigInteger randomUnit(BigInteger n, SecureRandom random) {
    while (true) {
      BigInteger candidate = randomBelow(n, random);
      if (candidate.signum() > 0 && candidate.gcd(n).equals(BigInteger.ONE)) {
        return candidate;
      }
    }
  }

  /** {@code 2^bits}. */
  static BigInteger pow2(int bits) {
    return BigInteger.ONE.shiftLeft(bits);
  }

  /** Whether {@code |value| <= bound}. */
  static boolean withinSigned(BigInteger value, BigInteger bound) {
    return value.abs().compareTo(bound) <= 0;
  }

  /**
   * Checks that a received value is an element of Z*_n: {@code 0 < value < n} and coprime to n.
   */
  static BigInteger requireUnit(BigInteger value, BigInteger n, String what)
      throws GeneralSecurityException {
    if (value == null || value.signum() <= 0 || value.compareTo(n) >= 0) {
      throw new GeneralSecurityException(what + " is not in (0, N)");
    }
    if (!value.gcd(n).equals(BigInteger.ONE)) {
      throw new GeneralSecurityException(what + " is not coprime to N");
    }
    return value;
  }

  /** Checks a DoS/sanity bound on a received integer's magnitude. */
  static void requireBitLength(BigInteger value, int maxBits, String what)
      throws GeneralSecurityException {
    if (value.bitLength() > maxBits) {
      throw new GeneralSecurityException(what + " has more than " + maxBits + " bits");
    }
  }

  /** The Jacobi symbol {@code (a | n)} for odd {@code n > 0}: -1, 0 or 1. */
  static int jacobi(BigInteger a, BigInteger n) {
    if (n.signum() <= 0 || !n.testBit(0)) {
      throw new IllegalArgumentException("Jacobi symbol needs an odd positive modulus");
    }
    BigInteger x = a.mod(n);
    BigInteger y = n;
    int result = 1;
    while (x.signum() != 0) {
      int twos = x.getLowestSetBit();
      x = x.shiftRight(twos);
      if ((twos & 1) == 1) {
        int yMod8 = y.intValue() & 7;
        if (yMod8 == 3 || yMod8 == 5) {
          result = -result;
        }
      }
      if ((x.intValue() & 3) == 3 && (y.intValue() & 3) == 3) {
        result = -result;
      }
      BigInteger t = y.mod(x);
      y = x;
      x = t;
    }
    return y.equals(BigInteger.ONE) ? result : 0;
  }
}
