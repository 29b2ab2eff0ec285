package dev.tandem.mpc.internal.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaillierBlumModulusProofTest {

  private static final Executor POOL = ForkJoinPool.commonPool();
  private static final PaillierSecretKey KEY = Fixtures.paillier();
  private static final PaillierPublicKey PUBLIC_KEY = KEY.publicKey();
  private static final byte[] SESSION_ID = Fixtures.sessionId();
  private static final ProofContext CONTEXT = Fixtures.custodianToClient(SESSION_ID);
  private static PaillierBlumModulusProof proof;

  @BeforeAll
  static void prove() {
    proof = PaillierBlumModulusProof.prove(CONTEXT, KEY, Fixtures.RANDOM, POOL);
  }

  @Test
  void honestProofVerifiesAndRoundTrips() throws Exception {
    proof.verify(CONTEXT, PUBLIC_KEY, POOL);
    ByteWriter writer = new ByteWriter();
    proof.write(writer);
    ByteReader reader = new ByteReader(writer.toByteArray());
    PaillierBlumModulusProof decoded = PaillierBlumModulusProof.read(reader);
    reader.finish();
    assertEquals(proof, decoded);
    decoded.verify(CONTEXT, PUBLIC_KEY);
  }

  @Test
  void sequentialProverGivesAValidProof() throws Exception {
    PaillierBlumModulusProof.prove(CONTEXT, KEY, Fixtures.RANDOM).verify(CONTEXT, PUBLIC_KEY,
        POOL);
  }

  @Test
  void tamperedFields_areRejected() {
    BigInteger n = PUBLIC_KEY.n();
    BigInteger[] x = proof.roots();
    BigInteger[] z = proof.nthRoots();
    boolean[] a = proof.signs();
    boolean[] b = proof.twists();
    // w: another unit with Jacobi symbol -1 changes the challenges
    BigInteger otherW = proof.w().multiply(BigInteger.valueOf(4)).mod(n);
    // (new challenges break every repetition; which check is reported first depends on threads)
    assertRejected(PaillierBlumModulusProof.of(otherW, x, a, b, z), "mod: ");
    // w with Jacobi symbol +1
    BigInteger squareW = proof.w().multiply(proof.w()).mod(n);
    assertRejected(PaillierBlumModulusProof.of(squareW, x, a, b, z), "mod: w does not have");
    for (int i : new int[] {0, 41, 79}) {
      BigInteger[] x2 = proof.roots();
      x2[i] = n.subtract(x2[i]).multiply(BigInteger.TWO).mod(n);
      assertRejected(PaillierBlumModulusProof.of(proof.w(), x2, a, b, z), "mod: x^4");
      boolean[] a2 = proof.signs();
      a2[i] = !a2[i];
      assertRejected(PaillierBlumModulusProof.of(proof.w(), x, a2, b, z), "mod: x^4");
      boolean[] b2 = proof.twists();
      b2[i] = !b2[i];
      assertRejected(PaillierBlumModulusProof.of(proof.w(), x, a, b2, z), "mod: x^4");
    }
    for (int i : new int[] {0, 4, PaillierBlumModulusProof.NTH_ROOT_REPETITIONS - 1}) {
      BigInteger[] z2 = proof.nthRoots();
      z2[i] = n.subtract(z2[i]);
      assertRejected(PaillierBlumModulusProof.of(proof.w(), x, a, b, z2), "mod: z^N != y");
    }
    BigInteger[] notUnit = proof.roots();
    notUnit[7] = KEY.secretPrimeQ();
    assertRejected(PaillierBlumModulusProof.of(proof.w(), notUnit, a, b, z), "mod: x[7]");
    BigInteger[] outOfRange = proof.nthRoots();
    outOfRange[5] = outOfRange[5].add(n);
    assertRejected(PaillierBlumModulusProof.of(proof.w(), x, a, b, outOfRange), "mod: z[5]");
    BigInteger[] tooFew = java.util.Arrays.copyOf(proof.nthRoots(), 7);
    assertRejected(PaillierBlumModulusProof.of(proof.w(), x, a, b, tooFew), "mod: wrong number");
  }

  @Test
  void changedContextOrModulus_isRejected() {
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(Fixtures.swapped(CONTEXT), PUBLIC_KEY, POOL));
    byte[] otherSession = SESSION_ID.clone();
    otherSession[0] ^= (byte) 0x80;
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(Fixtures.custodianToClient(otherSession), PUBLIC_KEY, POOL));
    assertThrows(GeneralSecurityException.class, () -> proof.verify(
        new ProofContext("refresh", 4, SESSION_ID, "tandem/custodian", "tandem/client"),
        PUBLIC_KEY, POOL));
    assertThrows(GeneralSecurityException.class, () -> proof.verify(
        new ProofContext("keygen", 4, SESSION_ID, "tandem/custodian", "tandem/client"),
        PUBLIC_KEY, POOL));
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(CONTEXT, Fixtures.nonBlumKey().publicKey(), POOL));
  }

  @Test
  void threePrimeModulus_cannotBeProven() {
    PaillierSecretKey bad = Fixtures.threePrimeKey();
    assertHonestButWrongProverFails(bad);
  }

  @Test
  void nonBlumModulus_cannotBeProven() {
    assertHonestButWrongProverFails(Fixtures.nonBlumKey());
  }

  @Test
  void modulusWithAPrimeFactorBelowTwoToTheSixteen_isRejectedByTrialDivision() throws Exception {
    // 65521 is the largest prime below 2^16: the bound the shortened N-th-root part relies on.
    BigInteger cofactor = BigInteger.probablePrime(2040, Fixtures.RANDOM);
    BigInteger n = BigInteger.valueOf(65521).multiply(cofactor);
    GeneralSecurityException e =
        assertThrows(
            GeneralSecurityException.class,
            () -> proof.verify(CONTEXT, PaillierPublicKey.of(n), POOL));
    assertTrue(e.getMessage().contains("prime factor below 2^16"), e.getMessage());
  }

  @Test
  void proofCarriesEightNthRoots_andEightyFourthRoots() {
    assertEquals(PaillierBlumModulusProof.NTH_ROOT_REPETITIONS, proof.nthRoots().length);
    assertEquals(PaillierBlumModulusProof.REPETITIONS, proof.roots().length);
  }

  @Test
  void primeModulus_isRejected() throws Exception {
    BigInteger prime = BigInteger.probablePrime(2048, Fixtures.RANDOM);
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> proof.verify(CONTEXT, PaillierPublicKey.of(prime), POOL));
    assertEquals("mod: N is prime", e.getMessage());
  }

  @Test
  void smallFactorBlumModulusPassesModButNotFac() throws Exception {
    // Π^mod alone does not see factor sizes: this is why keygen also runs Π^fac
    // (see NoSmallFactorProofTest#smallFactorModulus_cannotBeProven).
    PaillierSecretKey bad = Fixtures.smallFactorKey();
    PaillierBlumModulusProof.prove(CONTEXT, bad, Fixtures.RANDOM, POOL)
        .verify(CONTEXT, bad.publicKey(), POOL);
  }

  private static void assertHonestButWrongProverFails(PaillierSecretKey bad) {
    PaillierBlumModulusProof forged;
    try {
      forged = PaillierBlumModulusProof.prove(CONTEXT, bad, Fixtures.RANDOM, POOL);
    } catch (ArithmeticException e) {
      return; // the prover cannot even compute a proof
    }
    assertThrows(GeneralSecurityException.class,
        () -> forged.verify(CONTEXT, bad.publicKey(), POOL));
  }

  private static void assertRejected(PaillierBlumModulusProof tampered, String messagePrefix) {
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> tampered.verify(CONTEXT, PUBLIC_KEY, POOL));
    assertTrue(e.getMessage().startsWith(messagePrefix), e.getMessage());
  }
}
