package dev.tandem.mpc.internal.zk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class RingPedersenTest {

  private static final RingPedersenSecret SECRET = Fixtures.ringPedersen();
  private static final RingPedersenParameters PARAMETERS = SECRET.parameters();
  private final byte[] sessionId = Fixtures.sessionId();
  private final ProofContext context =
      new ProofContext("keygen", 1, sessionId, "tandem/client", "tandem/custodian");

  @Test
  void generatedParametersHaveTheRequiredShape() {
    BigInteger n = PARAMETERS.n();
    assertEquals(2048, n.bitLength());
    assertEquals(n, SECRET.secretPrimeP().multiply(SECRET.secretPrimeQ()));
    assertEquals(PARAMETERS.s(), PARAMETERS.t().modPow(SECRET.secretLambda(), n));
    assertEquals(1, ZkSupport.jacobi(PARAMETERS.t(), SECRET.secretPrimeP()));
    assertEquals(1, ZkSupport.jacobi(PARAMETERS.t(), SECRET.secretPrimeQ()));
  }

  @Test
  void fastCommitmentAgreesWithPlainCommitment() {
    BigInteger x = new BigInteger(700, Fixtures.RANDOM).negate();
    BigInteger y = new BigInteger(2800, Fixtures.RANDOM);
    assertEquals(PARAMETERS.commit(x, y), SECRET.commitFast(x, y));
    assertEquals(PARAMETERS.commit(x, y), RingPedersenVerifier.of(SECRET).commit(x, y));
  }

  @Test
  void honestProofVerifiesSequentiallyAndInParallel() throws Exception {
    RingPedersenParametersProof proof =
        RingPedersenParametersProof.prove(context, SECRET, Fixtures.RANDOM,
            ForkJoinPool.commonPool());
    proof.verify(context, PARAMETERS, ForkJoinPool.commonPool());
    ByteWriter writer = new ByteWriter();
    proof.write(writer);
    ByteReader reader = new ByteReader(writer.toByteArray());
    RingPedersenParametersProof decoded = RingPedersenParametersProof.read(reader);
    reader.finish();
    assertEquals(proof, decoded);
    decoded.verify(context, PARAMETERS);
  }

  @Test
  void parametersRoundTripAndRestore() throws Exception {
    ByteWriter writer = new ByteWriter();
    PARAMETERS.write(writer);
    ByteReader reader = new ByteReader(writer.toByteArray());
    assertEquals(PARAMETERS, RingPedersenParameters.read(reader));
    reader.finish();
    RingPedersenSecret restored = RingPedersenSecret.restore(SECRET.secretPrimeP(),
        SECRET.secretPrimeQ(), PARAMETERS.t(), SECRET.secretLambda());
    assertEquals(PARAMETERS, restored.parameters());
  }

  @Test
  void tamperedProof_isRejected() {
    RingPedersenParametersProof proof =
        RingPedersenParametersProof.prove(context, SECRET, Fixtures.RANDOM,
            ForkJoinPool.commonPool());
    for (int index : new int[] {0, 79}) {
      BigInteger[] a = proof.commitments();
      a[index] = a[index].multiply(PARAMETERS.t()).mod(PARAMETERS.n());
      assertRejected(RingPedersenParametersProof.of(a, proof.responses()), context, PARAMETERS);
      BigInteger[] z = proof.responses();
      z[index] = z[index].add(BigInteger.ONE);
      assertRejected(RingPedersenParametersProof.of(proof.commitments(), z), context, PARAMETERS);
    }
    BigInteger[] outOfRange = proof.responses();
    outOfRange[3] = PARAMETERS.n();
    assertRejected(RingPedersenParametersProof.of(proof.commitments(), outOfRange), context,
        PARAMETERS);
    BigInteger[] notUnit = proof.commitments();
    notUnit[5] = SECRET.secretPrimeP();
    assertRejected(RingPedersenParametersProof.of(notUnit, proof.responses()), context,
        PARAMETERS);
  }

  @Test
  void changedStatementOrContext_isRejected() throws Exception {
    RingPedersenParametersProof proof =
        RingPedersenParametersProof.prove(context, SECRET, Fixtures.RANDOM,
            ForkJoinPool.commonPool());
    BigInteger n = PARAMETERS.n();
    RingPedersenParameters otherS =
        RingPedersenParameters.of(n, PARAMETERS.s().multiply(PARAMETERS.t()).mod(n),
            PARAMETERS.t());
    RingPedersenParameters otherT =
        RingPedersenParameters.of(n, PARAMETERS.s(),
            PARAMETERS.t().multiply(PARAMETERS.t()).mod(n));
    assertRejected(proof, context, otherS);
    assertRejected(proof, context, otherT);
    BigInteger otherN = Fixtures.paillier().publicKey().n();
    RingPedersenParameters otherModulus = RingPedersenParameters.of(otherN,
        PARAMETERS.s().mod(otherN), PARAMETERS.t().mod(otherN));
    assertRejected(proof, context, otherModulus);
    assertRejected(proof, Fixtures.swapped(context), PARAMETERS);
    byte[] otherSession = sessionId.clone();
    otherSession[31] ^= 1;
    assertRejected(proof,
        new ProofContext("keygen", 1, otherSession, "tandem/client", "tandem/custodian"),
        PARAMETERS);
    assertRejected(proof,
        new ProofContext("refresh", 1, sessionId, "tandem/client", "tandem/custodian"),
        PARAMETERS);
  }

  @Test
  void custodianParametersOnItsPaillierModulus_proveWithShortIntegerResponses() throws Exception {
    // PROTOCOL.md §2.1: N̂ = N, λ < 2^256, responses a_i + e_i·λ over the integers, below 2^385.
    PaillierSecretKey key = Fixtures.paillier();
    RingPedersenSecret own =
        RingPedersenSecret.onPaillierPrimes(key.secretPrimeP(), key.secretPrimeQ(), Fixtures.RANDOM);
    assertEquals(key.publicKey().n(), own.parameters().n());
    assertTrue(own.secretLambda().bitLength() <= RingPedersenSecret.SHORT_EXPONENT_BITS);
    RingPedersenParametersProof proof =
        RingPedersenParametersProof.prove(context, own, Fixtures.RANDOM, ForkJoinPool.commonPool());
    for (BigInteger z : proof.responses()) {
      assertTrue(z.signum() >= 0 && z.bitLength() <= 256 + 128 + 1, "a short response");
    }
    proof.verify(context, own.parameters(), ForkJoinPool.commonPool());

    // The same false statement as below, s' = -s, with the short-exponent prover.
    BigInteger n = own.parameters().n();
    RingPedersenParameters forged =
        RingPedersenParameters.of(n, n.subtract(own.parameters().s()), own.parameters().t());
    RingPedersenParametersProof forgedProof =
        RingPedersenParametersProof.prove(context, forged, null, own.secretLambda(),
            own.secretCrt(), Fixtures.RANDOM, Runnable::run);
    assertThrows(GeneralSecurityException.class,
        () -> forgedProof.verify(context, forged, ForkJoinPool.commonPool()));
    // And a full-size λ cannot be answered over the integers.
    assertThrows(IllegalArgumentException.class,
        () -> RingPedersenParametersProof.prove(context, PARAMETERS, null, SECRET.secretLambda(),
            SECRET.secretCrt(), Fixtures.RANDOM, Runnable::run));
  }

  @Test
  void sOutsideTheSubgroupOfT_cannotBeProven() throws Exception {
    // A dishonest owner publishes s' = -s: not in <t> (t is a square, -1 is not). Running the
    // honest prover with λ on that statement fails wherever a challenge bit is 1.
    BigInteger n = PARAMETERS.n();
    RingPedersenParameters forged =
        RingPedersenParameters.of(n, n.subtract(PARAMETERS.s()), PARAMETERS.t());
    RingPedersenParametersProof proof =
        RingPedersenParametersProof.prove(context, forged, SECRET.secretPhi(),
            SECRET.secretLambda(), SECRET.secretCrt(), Fixtures.RANDOM, Runnable::run);
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> proof.verify(context, forged, ForkJoinPool.commonPool()));
    assertTrue(e.getMessage().startsWith("prm: t^z != A·s^e"), e.getMessage());
  }

  @Test
  void invalidParameters_areRejected() {
    BigInteger n = PARAMETERS.n();
    BigInteger s = PARAMETERS.s();
    BigInteger t = PARAMETERS.t();
    assertThrows(GeneralSecurityException.class, () -> RingPedersenParameters.of(n, s, s));
    assertThrows(GeneralSecurityException.class,
        () -> RingPedersenParameters.of(n, BigInteger.ONE, t));
    assertThrows(GeneralSecurityException.class,
        () -> RingPedersenParameters.of(n, s, n.subtract(BigInteger.ONE)));
    assertThrows(GeneralSecurityException.class,
        () -> RingPedersenParameters.of(n, SECRET.secretPrimeP(), t));
    assertThrows(GeneralSecurityException.class, () -> RingPedersenParameters.of(n, n, t));
    assertThrows(GeneralSecurityException.class,
        () -> RingPedersenParameters.of(n.add(BigInteger.ONE), s, t));
    assertThrows(GeneralSecurityException.class,
        () -> RingPedersenParameters.of(n.shiftRight(1024).setBit(0), BigInteger.TWO,
            BigInteger.valueOf(3)));
    BigInteger p = SECRET.secretPrimeP();
    assertThrows(GeneralSecurityException.class,
        () -> RingPedersenParameters.of(p.multiply(p), s, t));
    assertThrows(GeneralSecurityException.class, () -> RingPedersenSecret.restore(p,
        SECRET.secretPrimeQ(), t, BigInteger.ZERO));
    BigInteger nonResidue = BigInteger.TWO;
    while (ZkSupport.jacobi(nonResidue, p) != -1) {
      nonResidue = nonResidue.add(BigInteger.ONE);
    }
    BigInteger notSquare = t.multiply(nonResidue).mod(n);
    assertThrows(GeneralSecurityException.class, () -> RingPedersenSecret.restore(p,
        SECRET.secretPrimeQ(), notSquare, SECRET.secretLambda()));
  }

  @Test
  void destroyedSecretRefusesToWork() throws Exception {
    RingPedersenSecret copy = RingPedersenSecret.restore(SECRET.secretPrimeP(),
        SECRET.secretPrimeQ(), PARAMETERS.t(), SECRET.secretLambda());
    copy.destroy();
    assertTrue(copy.isDestroyed());
    assertThrows(IllegalStateException.class, copy::secretLambda);
    assertThrows(IllegalStateException.class,
        () -> RingPedersenParametersProof.prove(context, copy, Fixtures.RANDOM));
  }

  private static void assertRejected(
      RingPedersenParametersProof proof, ProofContext context, RingPedersenParameters params) {
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(context, params, ForkJoinPool.commonPool()));
  }

  @Test
  void jacobiSymbolMatchesEulerCriterion() {
    BigInteger p = SECRET.secretPrimeP();
    for (int i = 0; i < 50; i++) {
      BigInteger a = new BigInteger(1100, Fixtures.RANDOM);
      BigInteger euler = a.modPow(p.shiftRight(1), p);
      int expected = euler.equals(BigInteger.ONE) ? 1 : euler.signum() == 0 ? 0 : -1;
      assertEquals(expected, ZkSupport.jacobi(a, p));
    }
    assertEquals(0, ZkSupport.jacobi(BigInteger.valueOf(15), BigInteger.valueOf(45)));
    assertEquals(-1, ZkSupport.jacobi(BigInteger.TWO, BigInteger.valueOf(3)));
    assertDoesNotThrow(() -> ZkSupport.jacobi(BigInteger.ZERO, BigInteger.ONE));
  }
}
