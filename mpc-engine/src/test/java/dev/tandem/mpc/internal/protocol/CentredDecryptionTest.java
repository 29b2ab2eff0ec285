package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custodian's parallel CRT decryption agrees with the Paillier key's own. */
class CentredDecryptionTest {

  private final PaillierSecretKey key = Fixtures.paillier();

  @Test
  void agreesWithTheSequentialDecryption_overTheWholeCentredRange() throws Exception {
    BigInteger n = key.publicKey().n();
    BigInteger half = n.shiftRight(1);
    List<BigInteger> plaintexts =
        new ArrayList<>(
            List.of(
                BigInteger.ZERO,
                BigInteger.ONE,
                BigInteger.ONE.negate(),
                half,
                half.negate(),
                half.subtract(BigInteger.ONE)));
    for (int i = 0; i < 40; i++) {
      BigInteger m = new BigInteger(1200, ProtocolFixtures.RANDOM);
      plaintexts.add(i % 2 == 0 ? m : m.negate());
    }
    for (BigInteger m : plaintexts) {
      BigInteger c = key.encrypt(m, ProtocolFixtures.RANDOM);
      BigInteger expected = key.decryptCentred(c);
      assertEquals(
          expected, new CentredDecryption(key, c, ProtocolFixtures.EXECUTOR).join());
      assertEquals(expected, new CentredDecryption(key, c, Runnable::run).join());
    }
  }
}
