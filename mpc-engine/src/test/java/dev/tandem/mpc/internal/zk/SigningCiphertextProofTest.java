package dev.tandem.mpc.internal.zk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * {@link SigningCiphertextProof} (PROTOCOL.md §2.2): completeness over many runs, with both
 * verifiers and the decryption checked against the signing equation; every field tampered;
 * every statement element changed; and the witnesses of the abort attack (a ciphertext whose
 * decryption wraps modulo N depending on x1) cannot be proven. The custodian's fast verifier must
 * accept exactly what the public one accepts.
 */
class SigningCiphertextProofTest {

  private static final BigInteger Q = Secp256k1.order();
  private static final PaillierSecretKey KEY = Fixtures.paillier();
  private static final PaillierPublicKey PUBLIC_KEY = KEY.publicKey();
  private static final RingPedersenSecret OWN =
      RingPedersenSecret.onPaillierPrimes(KEY.secretPrimeP(), KEY.secretPrimeQ(), Fixtures.RANDOM);
  private static final RingPedersenParameters PARAMETERS = OWN.parameters();
  private static final Executor EXECUTOR = ForkJoinPool.commonPool();

  /** One signing run's public statement and the client's secrets, chosen at random. */
  private static final class Run {
    final BigInteger x1 = Secp256k1.randomScalar(Fixtures.RANDOM);
    final BigInteger ckey = KEY.encrypt(x1, Fixtures.RANDOM);
    final BigInteger x2 = Secp256k1.randomScalar(Fixtures.RANDOM);
    final BigInteger k2 = Secp256k1.randomScalar(Fixtures.RANDOM);
    final ECPoint r2 = Secp256k1.multiplyBase(k2);
    final BigInteger r = Secp256k1.randomScalar(Fixtures.RANDOM);
    final BigInteger m = Secp256k1.randomScalar(Fixtures.RANDOM);
    final BigInteger a = k2.modInverse(Q).multiply(r).mod(Q);
    final BigInteger b = k2.modInverse(Q).multiply(m.add(r.multiply(x2))).mod(Q);
    final ECPoint pa = Secp256k1.multiplyBase(r);
    final ECPoint pb =
        Secp256k1.add(Secp256k1.multiplyBase(m), Secp256k1.multiplyBase(r.multiply(x2)));
    final ProofContext context = Fixtures.custodianToClient(Fixtures.sessionId());

    SigningCiphertextProof.Prover prover() {
      return SigningCiphertextProof.Prover.draw(PUBLIC_KEY, ckey, PARAMETERS, r2, Fixtures.RANDOM);
    }

    SigningCiphertextProof.Result honest() {
      return prover().precompute(EXECUTOR).encryptAndProve(context, a, b, pa, pb, EXECUTOR);
    }

    BigInteger verifyBothWays(SigningCiphertextProof proof, BigInteger c3)
        throws GeneralSecurityException {
      proof.verify(context, PUBLIC_KEY, PARAMETERS, ckey, c3, r2, pa, pb);
      return proof.verifyAndDecrypt(context, KEY, OWN, ckey, x1, c3, r2, pa, pb, EXECUTOR);
    }

    /** Both verifiers reject, each with a GeneralSecurityException. */
    void assertRejectedBothWays(SigningCiphertextProof proof, BigInteger c3, String what) {
      assertThrows(
          GeneralSecurityException.class,
          () -> proof.verify(context, PUBLIC_KEY, PARAMETERS, ckey, c3, r2, pa, pb),
          "public verifier: " + what);
      assertThrows(
          GeneralSecurityException.class,
          () -> proof.verifyAndDecrypt(context, KEY, OWN, ckey, x1, c3, r2, pa, pb, EXECUTOR),
          "custodian verifier: " + what);
    }
  }

  @Test
  void honestProofs_verifyBothWays_andDecryptToTheSigningValue() throws Exception {
    for (int i = 0; i < 40; i++) {
      Run run = new Run();
      SigningCiphertextProof.Result result = run.honest();
      BigInteger d = run.verifyBothWays(result.proof(), result.ciphertext());
      // d = a·x1 + b + ρ·q exactly: non-negative, below 2^ℓ_b, and ≡ k2⁻¹·(m + r·x) (mod q).
      assertTrue(d.signum() >= 0 && d.bitLength() <= SigningCiphertextProof.ELL_B, "range");
      BigInteger expected =
          run.k2.modInverse(Q).multiply(run.m.add(run.r.multiply(run.x1.add(run.x2)))).mod(Q);
      assertEquals(expected, d.mod(Q));
    }
  }

  @Test
  void sequentialAndParallelProversAgreeWithTheVerifiers() throws Exception {
    Run run = new Run();
    SigningCiphertextProof.Result result =
        run.prover().encryptAndProve(run.context, run.a, run.b, run.pa, run.pb, Runnable::run);
    result.proof().verifyAndDecrypt(
        run.context, KEY, OWN, run.ckey, run.x1, result.ciphertext(), run.r2, run.pa, run.pb,
        Runnable::run);
    run.verifyBothWays(result.proof(), result.ciphertext());
  }

  @Test
  void roundTrips() throws Exception {
    Run run = new Run();
    SigningCiphertextProof.Result result = run.honest();
    ByteWriter writer = new ByteWriter();
    result.proof().write(writer);
    ByteReader reader = new ByteReader(writer.toByteArray());
    SigningCiphertextProof decoded = SigningCiphertextProof.read(reader);
    reader.finish();
    assertEquals(result.proof(), decoded);
    run.verifyBothWays(decoded, result.ciphertext());
  }

  @Test
  void everyTamperedField_isRejectedBothWays() {
    Run run = new Run();
    SigningCiphertextProof.Result result = run.honest();
    SigningCiphertextProof proof = result.proof();
    BigInteger[] fields = proof.integerFields();
    for (int i = 0; i < fields.length; i++) {
      for (BigInteger delta : new BigInteger[] {BigInteger.ONE, BigInteger.ONE.negate()}) {
        run.assertRejectedBothWays(
            proof.withField(i, fields[i].add(delta)), result.ciphertext(), "field " + i);
      }
      run.assertRejectedBothWays(
          proof.withField(i, fields[(i + 1) % fields.length]), result.ciphertext(), "swap " + i);
    }
    for (int i = 0; i < 2; i++) {
      run.assertRejectedBothWays(
          proof.withPoint(i, Secp256k1.add(run.r2, Secp256k1.generator())),
          result.ciphertext(),
          "point " + i);
    }
  }

  @Test
  void anotherRunsValues_areRejected() {
    Run run = new Run();
    SigningCiphertextProof.Result result = run.honest();
    SigningCiphertextProof other = new Run().honest().proof();
    for (int i = 0; i < SigningCiphertextProof.INTEGER_FIELDS; i++) {
      run.assertRejectedBothWays(
          result.proof().withField(i, other.integerFields()[i]),
          result.ciphertext(),
          "field " + i + " of another run");
    }
  }

  @Test
  void changedStatementOrContext_isRejected() throws Exception {
    Run run = new Run();
    SigningCiphertextProof.Result result = run.honest();
    SigningCiphertextProof proof = result.proof();
    BigInteger c3 = result.ciphertext();
    // c3 re-randomised: same plaintext, another ciphertext.
    BigInteger rerandomised = PUBLIC_KEY.add(c3, PUBLIC_KEY.encrypt(BigInteger.ZERO,
        Fixtures.RANDOM));
    run.assertRejectedBothWays(proof, rerandomised, "re-randomised c3");
    // c3 with one added to its plaintext.
    run.assertRejectedBothWays(
        proof, PUBLIC_KEY.add(c3, PUBLIC_KEY.encrypt(BigInteger.ONE, Fixtures.RANDOM)), "c3 + 1");
    ECPoint g = Secp256k1.generator();
    assertThrows(GeneralSecurityException.class, () -> proof.verifyAndDecrypt(run.context, KEY,
        OWN, run.ckey, run.x1, c3, run.r2, Secp256k1.add(run.pa, g), run.pb, EXECUTOR));
    assertThrows(GeneralSecurityException.class, () -> proof.verifyAndDecrypt(run.context, KEY,
        OWN, run.ckey, run.x1, c3, run.r2, run.pa, Secp256k1.add(run.pb, g), EXECUTOR));
    assertThrows(GeneralSecurityException.class, () -> proof.verifyAndDecrypt(run.context, KEY,
        OWN, run.ckey, run.x1, c3, Secp256k1.add(run.r2, g), run.pa, run.pb, EXECUTOR));
    BigInteger otherCkey = KEY.encrypt(run.x1, Fixtures.RANDOM);
    assertThrows(GeneralSecurityException.class, () -> proof.verifyAndDecrypt(run.context, KEY,
        OWN, otherCkey, run.x1, c3, run.r2, run.pa, run.pb, EXECUTOR));
    assertThrows(GeneralSecurityException.class, () -> proof.verifyAndDecrypt(
        Fixtures.swapped(run.context), KEY, OWN, run.ckey, run.x1, c3, run.r2, run.pa, run.pb,
        EXECUTOR));
    byte[] otherSession = Fixtures.sessionId();
    assertThrows(GeneralSecurityException.class, () -> proof.verifyAndDecrypt(
        Fixtures.custodianToClient(otherSession), KEY, OWN, run.ckey, run.x1, c3, run.r2, run.pa,
        run.pb, EXECUTOR));
    RingPedersenSecret otherOwn = RingPedersenSecret.onPaillierPrimes(
        KEY.secretPrimeP(), KEY.secretPrimeQ(), Fixtures.RANDOM);
    assertThrows(GeneralSecurityException.class, () -> proof.verifyAndDecrypt(run.context, KEY,
        otherOwn, run.ckey, run.x1, c3, run.r2, run.pa, run.pb, EXECUTOR));
    // Parameters on another modulus are refused before anything else.
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> proof.verify(run.context, PUBLIC_KEY, Fixtures.ringPedersen().parameters(),
            run.ckey, c3, run.r2, run.pa, run.pb));
    assertEquals("sign proof: ring-Pedersen parameters are not on N", e.getMessage());
  }

  @Test
  void theAbortAttacksCiphertexts_cannotBeProven() {
    // The attack needs c3 = ckey^(a + q·L)·Enc(b + q·M) with L or M so large that the decryption
    // wraps modulo N for some x1 and not for others. The honest algorithm on such a witness gives
    // responses outside the proven ranges.
    Run run = new Run();
    BigInteger hugeL = Q.shiftLeft(1500);
    SigningCiphertextProof.Result wrapA =
        run.prover().prove(run.context, run.a.add(hugeL), run.b, run.pa, run.pb, EXECUTOR);
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> wrapA.proof().verifyAndDecrypt(run.context, KEY, OWN, run.ckey, run.x1,
            wrapA.ciphertext(), run.r2, run.pa, run.pb, EXECUTOR));
    assertEquals("sign proof: z1 is not in ±2^(ℓ+ε)", e.getMessage());

    SigningCiphertextProof.Prover prover = run.prover();
    BigInteger honestB = run.b.add(prover.secretMask());
    SigningCiphertextProof.Result wrapB =
        prover.prove(run.context, run.a, honestB.add(Q.shiftLeft(1800)), run.pa, run.pb, EXECUTOR);
    e = assertThrows(GeneralSecurityException.class,
        () -> wrapB.proof().verifyAndDecrypt(run.context, KEY, OWN, run.ckey, run.x1,
            wrapB.ciphertext(), run.r2, run.pa, run.pb, EXECUTOR));
    assertEquals("sign proof: z2 is not in ±2^(ℓ_b+ε)", e.getMessage());
    run.assertRejectedBothWays(wrapB.proof(), wrapB.ciphertext(), "wrapping b");
  }

  @Test
  void aWitnessThatDoesNotMatchTheNonce_isRejected() {
    // In range, but a ≢ k2⁻¹·r or b ≢ k2⁻¹·(m + r·x2): the signature would fail; the curve
    // equations catch it first.
    Run run = new Run();
    SigningCiphertextProof.Result otherA =
        run.prover().prove(run.context, run.a.add(BigInteger.ONE), run.b, run.pa, run.pb,
            EXECUTOR);
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> otherA.proof().verifyAndDecrypt(run.context, KEY, OWN, run.ckey, run.x1,
            otherA.ciphertext(), run.r2, run.pa, run.pb, EXECUTOR));
    assertEquals("sign proof: z1·R2 != B_a + e·P_a", e.getMessage());
    run.assertRejectedBothWays(otherA.proof(), otherA.ciphertext(), "other a");

    SigningCiphertextProof.Result otherB =
        run.prover().encryptAndProve(run.context, run.a, run.b.add(BigInteger.ONE), run.pa,
            run.pb, EXECUTOR);
    e = assertThrows(GeneralSecurityException.class,
        () -> otherB.proof().verifyAndDecrypt(run.context, KEY, OWN, run.ckey, run.x1,
            otherB.ciphertext(), run.r2, run.pa, run.pb, EXECUTOR));
    assertEquals("sign proof: z2·R2 != B_b + e·P_b", e.getMessage());
  }

  @Test
  void slackInTheRange_stillGivesTheRightSignatureValue() throws Exception {
    // a + q·2^200 is not an honest witness but lies inside the range the proof guarantees
    // (±2^(ℓ+ε+1)), and the honest algorithm still answers within ±2^(ℓ+ε) (e·a < 2^713):
    // accepted, and harmless, since no witness in range can make the decryption wrap
    // (PROTOCOL.md §2.2): it is still the signing value mod q.
    Run run = new Run();
    SigningCiphertextProof.Prover prover = run.prover();
    BigInteger b = run.b.add(prover.secretMask());
    SigningCiphertextProof.Result slack =
        prover.prove(run.context, run.a.add(Q.shiftLeft(200)), b, run.pa, run.pb, EXECUTOR);
    BigInteger d = run.verifyBothWays(slack.proof(), slack.ciphertext());
    assertEquals(run.a.multiply(run.x1).add(run.b).mod(Q), d.mod(Q));
  }

  @Test
  void aCiphertextProvenForOnePlaintextButCarryingAnother_isRejected() {
    // The prover's equation for c3 holds only for the c3 it made.
    Run run = new Run();
    SigningCiphertextProof.Result result = run.honest();
    BigInteger crafted = PUBLIC_KEY.multiply(run.ckey, run.a.add(Q.shiftLeft(1790)));
    run.assertRejectedBothWays(result.proof(), crafted, "crafted c3");
  }

  @Test
  void malformedValues_areRejectedWithTheFieldNamed() {
    Run run = new Run();
    SigningCiphertextProof.Result result = run.honest();
    SigningCiphertextProof proof = result.proof();
    String[] names = {"S", "T", "A", "E", "F"};
    for (int i = 0; i < names.length; i++) {
      SigningCiphertextProof zero = proof.withField(i, BigInteger.ZERO);
      GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
          () -> zero.verify(run.context, PUBLIC_KEY, PARAMETERS, run.ckey, result.ciphertext(),
              run.r2, run.pa, run.pb));
      assertTrue(e.getMessage().contains(names[i]), e.getMessage());
    }
    SigningCiphertextProof notCoprime = proof.withField(9, KEY.secretPrimeP());
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class,
        () -> notCoprime.verifyAndDecrypt(run.context, KEY, OWN, run.ckey, run.x1,
            result.ciphertext(), run.r2, run.pa, run.pb, EXECUTOR));
    assertEquals("sign proof: w is not coprime to N", e.getMessage());
    assertFalse(e.getMessage().matches(".*[0-9a-f]{32,}.*"));
  }

  @Test
  void theProverIsUsedOnce_andKeepsItsSecretsOutOfToString() {
    Run run = new Run();
    SigningCiphertextProof.Prover prover = run.prover();
    assertEquals("SigningCiphertextProof.Prover[secrets=<redacted>]", prover.toString());
    prover.encryptAndProve(run.context, run.a, run.b, run.pa, run.pb, EXECUTOR);
    assertThrows(IllegalStateException.class,
        () -> prover.encryptAndProve(run.context, run.a, run.b, run.pa, run.pb, EXECUTOR));
    SigningCiphertextProof.Prover destroyed = run.prover();
    destroyed.destroy();
    assertThrows(IllegalStateException.class, () -> destroyed.precompute(EXECUTOR));
  }
}
