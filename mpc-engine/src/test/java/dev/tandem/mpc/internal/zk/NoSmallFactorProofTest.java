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
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NoSmallFactorProofTest {

  private static final PaillierSecretKey KEY = Fixtures.paillier();
  private static final PaillierPublicKey PUBLIC_KEY = KEY.publicKey();
  private static final RingPedersenSecret VERIFIER = Fixtures.ringPedersen();
  private static final RingPedersenParameters PARAMETERS = VERIFIER.parameters();
  private static final byte[] SESSION_ID = Fixtures.sessionId();
  private static final ProofContext CONTEXT = Fixtures.custodianToClient(SESSION_ID);
  private static NoSmallFactorProof proof;

  @BeforeAll
  static void prove() {
    proof = NoSmallFactorProof.prove(CONTEXT, KEY, PARAMETERS, Fixtures.RANDOM);
  }

  @Test
  void honestProofVerifiesWithAndWithoutTheVerifierSecret() throws Exception {
    proof.verify(CONTEXT, PUBLIC_KEY, PARAMETERS);
    proof.verify(CONTEXT, PUBLIC_KEY, VERIFIER);
  }

  @Test
  void parallelProverGivesAValidProof() throws Exception {
    NoSmallFactorProof.prove(CONTEXT, KEY, PARAMETERS, Fixtures.RANDOM,
        ForkJoinPool.commonPool()).verify(CONTEXT, PUBLIC_KEY, VERIFIER);
  }

  @Test
  void roundTrips() throws Exception {
    ByteWriter writer = new ByteWriter();
    proof.write(writer);
    ByteReader reader = new ByteReader(writer.toByteArray());
    NoSmallFactorProof decoded = NoSmallFactorProof.read(reader);
    reader.finish();
    assertEquals(proof, decoded);
    decoded.verify(CONTEXT, PUBLIC_KEY, VERIFIER);
  }

  @Test
  void everyTamperedField_isRejected() {
    BigInteger[] fields = proof.fields();
    for (int i = 0; i < NoSmallFactorProof.FIELD_COUNT; i++) {
      for (BigInteger delta : new BigInteger[] {BigInteger.ONE, BigInteger.ONE.negate()}) {
        BigInteger[] tampered = fields.clone();
        tampered[i] = tampered[i].add(delta);
        NoSmallFactorProof forged = NoSmallFactorProof.of(tampered);
        int field = i;
        assertThrows(GeneralSecurityException.class,
            () -> forged.verify(CONTEXT, PUBLIC_KEY, VERIFIER), "field " + field);
      }
    }
  }

  @Test
  void nonUnitCommitment_isRejected() {
    BigInteger[] tampered = proof.fields();
    tampered[2] = VERIFIER.secretPrimeP();
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> NoSmallFactorProof.of(tampered).verify(CONTEXT, PUBLIC_KEY, PARAMETERS));
    assertEquals("fac: A is not coprime to N", e.getMessage());
  }

  @Test
  void changedStatementOrContext_isRejected() throws Exception {
    BigInteger n = PARAMETERS.n();
    RingPedersenParameters otherS =
        RingPedersenParameters.of(n, PARAMETERS.s().multiply(PARAMETERS.s()).mod(n),
            PARAMETERS.t());
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(CONTEXT, PUBLIC_KEY, otherS));
    RingPedersenParameters otherT =
        RingPedersenParameters.of(n, PARAMETERS.s(), PARAMETERS.t().multiply(PARAMETERS.s())
            .mod(n));
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(CONTEXT, PUBLIC_KEY, otherT));
    BigInteger otherN = Fixtures.nonBlumKey().publicKey().n();
    RingPedersenParameters otherModulus = RingPedersenParameters.of(otherN,
        PARAMETERS.s().mod(otherN), PARAMETERS.t().mod(otherN));
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(CONTEXT, PUBLIC_KEY, otherModulus));
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(CONTEXT, Fixtures.nonBlumKey().publicKey(), VERIFIER));
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(Fixtures.swapped(CONTEXT), PUBLIC_KEY, VERIFIER));
    byte[] otherSession = SESSION_ID.clone();
    otherSession[17] ^= 4;
    assertThrows(GeneralSecurityException.class,
        () -> proof.verify(Fixtures.custodianToClient(otherSession), PUBLIC_KEY, VERIFIER));
    assertThrows(GeneralSecurityException.class, () -> proof.verify(
        new ProofContext("keygen", 2, SESSION_ID, "tandem/custodian/p", "tandem/client"),
        PUBLIC_KEY, VERIFIER));
    assertThrows(GeneralSecurityException.class, () -> proof.verify(
        new ProofContext("keygen", 9, SESSION_ID, "tandem/custodian", "tandem/client"),
        PUBLIC_KEY, VERIFIER));
  }

  @Test
  void smallFactorModulus_cannotBeProven() {
    // N = p·q with a 128-bit p: the honest algorithm run on it gives z2 = β + e·q far outside
    // ±√N·2^(ℓ+ε), so no proof passes.
    PaillierSecretKey bad = Fixtures.smallFactorKey();
    for (int attempt = 0; attempt < 3; attempt++) {
      NoSmallFactorProof forged = NoSmallFactorProof.prove(CONTEXT, bad, PARAMETERS,
          Fixtures.RANDOM);
      GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
          () -> forged.verify(CONTEXT, bad.publicKey(), VERIFIER));
      assertTrue(e.getMessage().startsWith("fac: z"), e.getMessage());
    }
  }

  @Test
  void smallFactorModulus_withSwappedFactors_cannotBeProvenEither() throws Exception {
    PaillierSecretKey bad = Fixtures.smallFactorKey();
    PaillierSecretKey swapped = PaillierSecretKey.fromPrimes(bad.secretPrimeQ(),
        bad.secretPrimeP());
    NoSmallFactorProof forged = NoSmallFactorProof.prove(CONTEXT, swapped, PARAMETERS,
        Fixtures.RANDOM);
    assertThrows(GeneralSecurityException.class,
        () -> forged.verify(CONTEXT, bad.publicKey(), PARAMETERS));
  }
}
