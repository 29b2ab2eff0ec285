package dev.tandem.mpc.internal;

import dev.tandem.mpc.internal.paillier.PaillierKeyGenerator;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.paillier.PrimeGenerator;
import dev.tandem.mpc.internal.zk.RingPedersenGenerator;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.ForkJoinPool;

/** Keys shared by every test class of the module: generated once per JVM, on first use. */
public final class Fixtures {

  public static final SecureRandom RANDOM = new SecureRandom();

  private Fixtures() {}

  /** A fresh random 32-byte session id. */
  public static byte[] sessionId() {
    byte[] id = new byte[ProofContext.SESSION_ID_LENGTH];
    RANDOM.nextBytes(id);
    return id;
  }

  /** A keygen context, custodian proving to client. */
  public static ProofContext custodianToClient(byte[] sessionId) {
    return new ProofContext("keygen", 2, sessionId, "tandem/custodian", "tandem/client");
  }

  /** The same context with prover and verifier swapped. */
  public static ProofContext swapped(ProofContext context) {
    return new ProofContext(
        context.protocol(), context.round(), context.sessionId(), context.verifierId(),
        context.proverId());
  }

  /** A 2048-bit Paillier key, made once. */
  public static PaillierSecretKey paillier() {
    return PaillierHolder.KEY;
  }

  /** A 2048-bit ring-Pedersen secret, made once. */
  public static RingPedersenSecret ringPedersen() {
    return RingPedersenHolder.SECRET;
  }

  /**
   * A dishonest Paillier key: N = p·q with a 128-bit p and a 1920-bit q, both Blum primes (so
   * N is a Paillier–Blum modulus with a small factor).
   */
  public static PaillierSecretKey smallFactorKey() {
    return BadKeysHolder.SMALL_FACTOR;
  }

  /** A dishonest Paillier key: N = p1·(p2·p3), three Blum primes of 684 bits. */
  public static PaillierSecretKey threePrimeKey() {
    return BadKeysHolder.THREE_PRIMES;
  }

  /** A dishonest Paillier key: N = p·q with balanced primes, p ≡ 1 (mod 4). */
  public static PaillierSecretKey nonBlumKey() {
    return BadKeysHolder.NON_BLUM;
  }

  private static final class PaillierHolder {
    static final PaillierSecretKey KEY =
        new PaillierKeyGenerator(RANDOM, ForkJoinPool.commonPool()).generate();
  }

  private static final class RingPedersenHolder {
    static final RingPedersenSecret SECRET =
        new RingPedersenGenerator(RANDOM, ForkJoinPool.commonPool()).generate();
  }

  private static final class BadKeysHolder {
    static final PaillierSecretKey SMALL_FACTOR =
        key(PrimeGenerator.blumPrime(128, RANDOM), PrimeGenerator.blumPrime(1920, RANDOM));
    static final PaillierSecretKey THREE_PRIMES =
        key(
            PrimeGenerator.blumPrime(684, RANDOM),
            PrimeGenerator.blumPrime(684, RANDOM).multiply(PrimeGenerator.blumPrime(684, RANDOM)));
    static final PaillierSecretKey NON_BLUM = key(primeOneModFour(), PrimeGenerator.blumPrime(
        1024, RANDOM));

    private static BigInteger primeOneModFour() {
      while (true) {
        BigInteger p = PrimeGenerator.prime(1024, RANDOM);
        if (!p.testBit(1)) {
          return p;
        }
      }
    }

    private static PaillierSecretKey key(BigInteger p, BigInteger q) {
      try {
        return PaillierSecretKey.fromPrimes(p, q);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
