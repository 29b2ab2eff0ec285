package dev.tandem.mpc.internal.zk;

import dev.tandem.mpc.internal.paillier.CrtModulus;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.security.auth.Destroyable;

/**
 * The owner's side of ring-Pedersen parameters: the primes {@code p̂}, {@code q̂} of {@code N̂},
 * {@code φ(N̂)} and the exponent {@code λ} with {@code s = t^λ mod N̂}.
 *
 * <p>The owner proves the parameters with {@link RingPedersenParametersProof}, and verifies the
 * proofs made against them (Π^fac, Π^log*) faster than a stranger could: a commitment {@code
 * s^x·t^y} is {@code t^(λx + y)}, one exponentiation done by CRT.
 *
 * <p>Secret holder: final class, redacted {@code toString}, no {@code equals}; secrets leave only
 * through the {@code secret*} accessors. {@link #destroy()} is best effort: it drops references,
 * but {@link BigInteger} values cannot be overwritten.
 */
public final class RingPedersenSecret implements Destroyable {

  /** Bits of the custodian's short exponent λ (PROTOCOL.md §2.1). */
  public static final int SHORT_EXPONENT_BITS = 256;

  private final RingPedersenParameters parameters;
  private volatile boolean destroyed;
  private BigInteger p;
  private BigInteger q;
  private BigInteger phi;
  private BigInteger lambda;
  private CrtModulus crt;

  private RingPedersenSecret(
      RingPedersenParameters parameters, BigInteger p, BigInteger q, BigInteger lambda,
      CrtModulus crt) {
    this.parameters = parameters;
    this.p = p;
    this.q = q;
    this.phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
    this.lambda = lambda;
    this.crt = crt;
  }

  /**
   * Rebuilds the secret (and {@code s = t^λ}) from its stored parts, with the checks of {@link
   * RingPedersenParameters#of} plus: {@code p̂ ≠ q̂} odd, {@code t} a quadratic residue mod both
   * primes, {@code 0 < λ < φ(N̂)}.
   *
   * @throws GeneralSecurityException naming the failed check
   */
  public static RingPedersenSecret restore(
      BigInteger p, BigInteger q, BigInteger t, BigInteger lambda)
      throws GeneralSecurityException {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(lambda, "lambda");
    if (p.compareTo(BigInteger.TWO) <= 0 || q.compareTo(BigInteger.TWO) <= 0
        || !p.testBit(0) || !q.testBit(0) || p.equals(q)) {
      throw new GeneralSecurityException("ring-pedersen: factors must be distinct odd primes");
    }
    BigInteger n = p.multiply(q);
    BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
    if (lambda.signum() <= 0 || lambda.compareTo(phi) >= 0) {
      throw new GeneralSecurityException("ring-pedersen: λ is not in (0, φ(N̂))");
    }
    if (t.signum() <= 0 || t.compareTo(n) >= 0
        || ZkSupport.jacobi(t, p) != 1 || ZkSupport.jacobi(t, q) != 1) {
      throw new GeneralSecurityException("ring-pedersen: t is not a quadratic residue");
    }
    CrtModulus crt = CrtModulus.ofPrimes(p, q);
    BigInteger s = crt.modPow(t, lambda);
    RingPedersenParameters parameters = RingPedersenParameters.of(n, s, t);
    return new RingPedersenSecret(parameters, p, q, lambda, crt);
  }

  /**
   * The custodian's parameters on its own Paillier–Blum modulus (PROTOCOL.md §2.1): {@code N̂ = N},
   * {@code t = u² mod N} for a random unit {@code u}, {@code λ ← [1, 2^}{@value
   * #SHORT_EXPONENT_BITS}{@code )}, {@code s = t^λ}. The short λ keeps Π^prm cheap to verify; it
   * is a 256-bit discrete logarithm in a group of unknown order (about 2^128 work to find).
   */
  public static RingPedersenSecret onPaillierPrimes(
      BigInteger p, BigInteger q, SecureRandom random) {
    Objects.requireNonNull(random, "random");
    BigInteger n = p.multiply(q);
    while (true) {
      BigInteger u = ZkSupport.randomUnit(n, random);
      BigInteger t = u.multiply(u).mod(n);
      BigInteger lambda = ZkSupport.randomBelow(ZkSupport.pow2(SHORT_EXPONENT_BITS), random);
      if (lambda.signum() == 0) {
        continue;
      }
      try {
        return restore(p, q, t, lambda);
      } catch (GeneralSecurityException e) {
        // Only with negligible probability (t or s is ±1, or s = t): draw again.
        continue;
      }
    }
  }

  /**
   * Whether λ is short (below 2^{@value #SHORT_EXPONENT_BITS}): Π^prm then answers over the
   * integers (PROTOCOL.md §2.1).
   */
  boolean hasShortExponent() {
    requireLive();
    return lambda.bitLength() <= SHORT_EXPONENT_BITS;
  }

  /** The public parameters. */
  public RingPedersenParameters parameters() {
    return parameters;
  }

  /** p̂. Secret. */
  public BigInteger secretPrimeP() {
    requireLive();
    return p;
  }

  /** q̂. Secret. */
  public BigInteger secretPrimeQ() {
    requireLive();
    return q;
  }

  /** φ(N̂). Secret. */
  public BigInteger secretPhi() {
    requireLive();
    return phi;
  }

  /** λ with s = t^λ. Secret. */
  public BigInteger secretLambda() {
    requireLive();
    return lambda;
  }

  /** CRT arithmetic mod N̂. Secret. */
  CrtModulus secretCrt() {
    requireLive();
    return crt;
  }

  /** {@code s^x·t^y mod N̂} computed as {@code t^(λx + y)} by CRT. */
  BigInteger commitFast(BigInteger x, BigInteger y) {
    requireLive();
    return crt.modPow(parameters.t(), lambda.multiply(x).add(y));
  }

  @Override
  public synchronized void destroy() {
    destroyed = true;
    p = null;
    q = null;
    phi = null;
    lambda = null;
    crt = null;
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "RingPedersenSecret[bits=" + parameters.n().bitLength() + ", secrets=<redacted>]";
  }

  private void requireLive() {
    if (destroyed) {
      throw new IllegalStateException("ring-Pedersen secret was destroyed");
    }
  }
}
