package dev.tandem.mpc.internal.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.concurrent.ForkJoinPool;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PaillierEncryptionOfDiscreteLogProofTest {

  private static final PaillierSecretKey KEY = Fixtures.paillier();
  private static final PaillierPublicKey PUBLIC_KEY = KEY.publicKey();
  private static final RingPedersenSecret VERIFIER = Fixtures.ringPedersen();
  private static final RingPedersenParameters PARAMETERS = VERIFIER.parameters();
  private static final byte[] SESSION_ID = Fixtures.sessionId();
  private static final ProofContext CONTEXT = Fixtures.custodianToClient(SESSION_ID);
  private static final BigInteger X = Secp256k1.randomScalar(Fixtures.RANDOM);
  private static final ECPoint POINT = Secp256k1.multiplyBase(X);
  private static BigInteger rho;
  private static BigInteger ciphertext;
  private static PaillierEncryptionOfDiscreteLogProof proof;

  @BeforeAll
  static void prove() {
    rho = PUBLIC_KEY.randomUnit(Fixtures.RANDOM);
    ciphertext = KEY.encrypt(X, rho);
    proof = PaillierEncryptionOfDiscreteLogProof.prove(CONTEXT, KEY, PARAMETERS, ciphertext,
        POINT, X, rho, Fixtures.RANDOM);
  }

  @Test
  void honestProofVerifiesWithAndWithoutTheVerifierSecret() throws Exception {
    proof.verify(CONTEXT, PUBLIC_KEY, PARAMETERS, ciphertext, POINT);
    proof.verify(CONTEXT, PUBLIC_KEY, VERIFIER, ciphertext, POINT);
  }

  @Test
  void parallelProverGivesAValidProof() throws Exception {
    PaillierEncryptionOfDiscreteLogProof.prove(CONTEXT, KEY, PARAMETERS, ciphertext, POINT, X,
        rho, Fixtures.RANDOM, ForkJoinPool.commonPool())
        .verify(CONTEXT, PUBLIC_KEY, VERIFIER, ciphertext, POINT);
  }

  @Test
  void roundTrips() throws Exception {
    ByteWriter writer = new ByteWriter();
    proof.write(writer);
    ByteReader reader = new ByteReader(writer.toByteArray());
    PaillierEncryptionOfDiscreteLogProof decoded = PaillierEncryptionOfDiscreteLogProof.read(
        reader);
    reader.finish();
    assertEquals(proof, decoded);
    decoded.verify(CONTEXT, PUBLIC_KEY, VERIFIER, ciphertext, POINT);
  }

  @Test
  void negativeSmallPlaintextIsInRange() throws Exception {
    BigInteger x = BigInteger.valueOf(-5);
    BigInteger r = PUBLIC_KEY.randomUnit(Fixtures.RANDOM);
    BigInteger c = KEY.encrypt(x, r);
    ECPoint point = Secp256k1.multiplyBase(x);
    PaillierEncryptionOfDiscreteLogProof.prove(CONTEXT, KEY, PARAMETERS, c, point, x, r,
        Fixtures.RANDOM).verify(CONTEXT, PUBLIC_KEY, VERIFIER, c, point);
  }

  @Test
  void everyTamperedField_isRejected() {
    BigInteger[] fields = proof.integerFields();
    for (int i = 0; i < fields.length; i++) {
      for (BigInteger delta : new BigInteger[] {BigInteger.ONE, BigInteger.ONE.negate()}) {
        PaillierEncryptionOfDiscreteLogProof forged = proof.withField(i, fields[i].add(delta));
        int field = i;
        assertThrows(GeneralSecurityException.class,
            () -> forged.verify(CONTEXT, PUBLIC_KEY, VERIFIER, ciphertext, POINT),
            "field " + field);
      }
    }
    PaillierEncryptionOfDiscreteLogProof otherY =
        proof.withY(Secp256k1.add(POINT, Secp256k1.generator()));
    assertThrows(GeneralSecurityException.class,
        () -> otherY.verify(CONTEXT, PUBLIC_KEY, VERIFIER, ciphertext, POINT));
  }

  @Test
  void changedStatementOrContext_isRejected() throws Exception {
    BigInteger otherCiphertext = PUBLIC_KEY.add(ciphertext, PUBLIC_KEY.encrypt(BigInteger.ZERO,
        Fixtures.RANDOM));
    assertRejected(proof, CONTEXT, PUBLIC_KEY, PARAMETERS, otherCiphertext, POINT);
    assertRejected(proof, CONTEXT, PUBLIC_KEY, PARAMETERS, ciphertext,
        Secp256k1.multiplyBase(X.add(BigInteger.ONE)));
    PaillierPublicKey otherKey = Fixtures.nonBlumKey().publicKey();
    assertRejected(proof, CONTEXT, otherKey, PARAMETERS, ciphertext.mod(otherKey.nSquared()),
        POINT);
    BigInteger n = PARAMETERS.n();
    RingPedersenParameters otherT = RingPedersenParameters.of(n, PARAMETERS.s(),
        PARAMETERS.t().multiply(PARAMETERS.s()).mod(n));
    assertRejected(proof, CONTEXT, PUBLIC_KEY, otherT, ciphertext, POINT);
    RingPedersenParameters otherS = RingPedersenParameters.of(n,
        PARAMETERS.s().multiply(PARAMETERS.t()).mod(n), PARAMETERS.t());
    assertRejected(proof, CONTEXT, PUBLIC_KEY, otherS, ciphertext, POINT);
    BigInteger otherN = Fixtures.nonBlumKey().publicKey().n();
    RingPedersenParameters otherModulus = RingPedersenParameters.of(otherN,
        PARAMETERS.s().mod(otherN), PARAMETERS.t().mod(otherN));
    assertRejected(proof, CONTEXT, PUBLIC_KEY, otherModulus, ciphertext, POINT);
    assertRejected(proof, Fixtures.swapped(CONTEXT), PUBLIC_KEY, PARAMETERS, ciphertext, POINT);
    byte[] otherSession = SESSION_ID.clone();
    otherSession[3] ^= 1;
    assertRejected(proof, Fixtures.custodianToClient(otherSession), PUBLIC_KEY, PARAMETERS,
        ciphertext, POINT);
    assertRejected(proof,
        new ProofContext("refresh", 2, SESSION_ID, "tandem/custodian", "tandem/client"),
        PUBLIC_KEY, PARAMETERS, ciphertext, POINT);
  }

  @Test
  void invalidStatementValues_areRejected() {
    BigInteger multipleOfP = KEY.secretPrimeP().multiply(BigInteger.valueOf(3));
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> proof.verify(CONTEXT, PUBLIC_KEY, PARAMETERS, multipleOfP, POINT));
    assertEquals("paillier: ciphertext is not coprime to N", e.getMessage());
    assertThrows(GeneralSecurityException.class, () -> proof.verify(CONTEXT, PUBLIC_KEY,
        PARAMETERS, ciphertext, Secp256k1.curve().getInfinity()));
    PaillierEncryptionOfDiscreteLogProof badA = proof.withField(1, KEY.secretPrimeQ());
    assertThrows(GeneralSecurityException.class,
        () -> badA.verify(CONTEXT, PUBLIC_KEY, PARAMETERS, ciphertext, POINT));
  }

  @Test
  void plaintextFarOutsideTheRange_cannotBeProven() throws Exception {
    // x ≈ N/3: the honest algorithm gives z1 = α + e·x far outside ±2^(ℓ+ε).
    BigInteger big = PUBLIC_KEY.n().divide(BigInteger.valueOf(3));
    BigInteger r = PUBLIC_KEY.randomUnit(Fixtures.RANDOM);
    BigInteger c = KEY.encrypt(big, r);
    ECPoint point = Secp256k1.multiplyBase(big);
    PaillierEncryptionOfDiscreteLogProof forged = PaillierEncryptionOfDiscreteLogProof.prove(
        CONTEXT, KEY, PARAMETERS, c, point, big, r, Fixtures.RANDOM);
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> forged.verify(CONTEXT, PUBLIC_KEY, VERIFIER, c, point));
    assertEquals("log*: z1 is not in ±2^(ℓ+ε)", e.getMessage());

    // Using the in-range witness x mod q for the same ciphertext breaks the Paillier equation.
    BigInteger reduced = big.mod(Secp256k1.order());
    PaillierEncryptionOfDiscreteLogProof cheat = PaillierEncryptionOfDiscreteLogProof.prove(
        CONTEXT, KEY, PARAMETERS, c, point, reduced, r, Fixtures.RANDOM);
    e = assertThrows(GeneralSecurityException.class,
        () -> cheat.verify(CONTEXT, PUBLIC_KEY, VERIFIER, c, point));
    assertTrue(e.getMessage().startsWith("log*: Enc(z1; z2)"), e.getMessage());

    // Just above the proven bound 2^(ℓ+ε) is rejected too (z1 = α + e·x with |e·x| ≫ |α|).
    BigInteger justAbove = BigInteger.ONE.shiftLeft(
        PaillierEncryptionOfDiscreteLogProof.ELL + PaillierEncryptionOfDiscreteLogProof.EPSILON
            + 8);
    BigInteger c2 = KEY.encrypt(justAbove, r);
    ECPoint point2 = Secp256k1.multiplyBase(justAbove);
    PaillierEncryptionOfDiscreteLogProof above = PaillierEncryptionOfDiscreteLogProof.prove(
        CONTEXT, KEY, PARAMETERS, c2, point2, justAbove, r, Fixtures.RANDOM);
    assertThrows(GeneralSecurityException.class,
        () -> above.verify(CONTEXT, PUBLIC_KEY, VERIFIER, c2, point2));
  }

  private static void assertRejected(PaillierEncryptionOfDiscreteLogProof p, ProofContext context,
      PaillierPublicKey key, RingPedersenParameters params, BigInteger c, ECPoint point) {
    assertThrows(GeneralSecurityException.class, () -> p.verify(context, key, params, c, point));
  }
}
