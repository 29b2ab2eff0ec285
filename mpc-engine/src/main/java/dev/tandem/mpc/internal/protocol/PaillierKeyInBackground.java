package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.paillier.PaillierKeyGenerator;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.paillier.PrimeGenerator;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.Executor;

/**
 * A custodian's new Paillier key (PROTOCOL.md §3 step 2, §5 step 4) generated while the run does
 * something else: the two Blum primes are searched as two independent executor tasks, so that no
 * task waits for another (see {@link Futures}), and combined as {@link PaillierKeyGenerator} does
 * when the key is needed.
 */
final class PaillierKeyInBackground {

  private final int modulusBits;
  private final SecureRandom random;
  private final Executor executor;
  private final Futures.Pending<BigInteger> p;
  private final Futures.Pending<BigInteger> q;

  PaillierKeyInBackground(int modulusBits, SecureRandom random, Executor executor) {
    this.modulusBits = modulusBits;
    this.random = random;
    this.executor = executor;
    this.p = Futures.submit(executor, () -> PrimeGenerator.blumPrime(modulusBits / 2, random));
    this.q = Futures.submit(executor, () -> PrimeGenerator.blumPrime(modulusBits / 2, random));
  }

  /** The key; if the two primes cannot make one (equal primes), a new key is made here. */
  PaillierSecretKey join() throws GeneralSecurityException {
    BigInteger first = p.join();
    BigInteger second = q.join();
    if (!first.equals(second)) {
      try {
        return PaillierSecretKey.fromPrimes(first, second);
      } catch (GeneralSecurityException e) {
        // Unreachable for distinct primes of equal size; a fresh key is drawn below.
      }
    }
    return new PaillierKeyGenerator(random, executor, modulusBits).generate();
  }

  /** Drops the primes once found, when the run no longer needs the key. */
  void discard() {
    p.discard();
    q.discard();
  }
}
