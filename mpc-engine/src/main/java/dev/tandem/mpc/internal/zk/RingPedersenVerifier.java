package dev.tandem.mpc.internal.zk;

import java.math.BigInteger;

/**
 * Arithmetic mod N̂ for checking proofs made against ring-Pedersen parameters: plain exponentiation
 * for anyone, CRT (and {@code s^x·t^y = t^(λx+y)}) when the verifier owns the parameters. Both give
 * the same results; only the speed differs.
 */
final class RingPedersenVerifier {

  private final RingPedersenParameters parameters;
  private final RingPedersenSecret secret;

  private RingPedersenVerifier(RingPedersenParameters parameters, RingPedersenSecret secret) {
    this.parameters = parameters;
    this.secret = secret;
  }

  static RingPedersenVerifier of(RingPedersenParameters parameters) {
    return new RingPedersenVerifier(parameters, null);
  }

  static RingPedersenVerifier of(RingPedersenSecret secret) {
    return new RingPedersenVerifier(secret.parameters(), secret);
  }

  RingPedersenParameters parameters() {
    return parameters;
  }

  BigInteger n() {
    return parameters.n();
  }

  /** {@code s^x·t^y mod N̂}. */
  BigInteger commit(BigInteger x, BigInteger y) {
    return secret == null ? parameters.commit(x, y) : secret.commitFast(x, y);
  }

  /** {@code base^exponent mod N̂} for a unit {@code base} and a signed exponent. */
  BigInteger pow(BigInteger base, BigInteger exponent) {
    return secret == null
        ? base.modPow(exponent, parameters.n())
        : secret.secretCrt().modPow(base, exponent);
  }

  /** {@code a·b mod N̂}. */
  BigInteger multiply(BigInteger a, BigInteger b) {
    return a.multiply(b).mod(parameters.n());
  }
}
