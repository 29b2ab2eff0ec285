package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.Party;
import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.zk.NoSmallFactorProof;
import dev.tandem.mpc.internal.zk.PaillierBlumModulusProof;
import dev.tandem.mpc.internal.zk.PaillierEncryptionOfDiscreteLogProof;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.RingPedersenParametersProof;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * A dishonest custodian that builds its keygen round 2 (PROTOCOL.md §3 step 2) or refresh round 4
 * (§5 step 4) itself, with every proof computed by the honest provers over a bad statement: a
 * Paillier modulus with a small factor (BitForge), with three factors, not Blum; a ckey out of
 * range or not a ciphertext; a wrong Schnorr proof. The honest client must abort and blame the
 * custodian. The same builder with honest inputs is accepted, so each rejection is due to the one
 * bad element.
 */
class DishonestCustodianKeyTest {

  private static final SecureRandom RANDOM = ProtocolFixtures.RANDOM;
  private static final long SEED = 7007;

  /** The custodian's choices for one forged round 2. */
  private static final class Forgery {
    PaillierSecretKey key = Fixtures.paillier();
    BigInteger x1 = Secp256k1.randomScalar(RANDOM);
    /** The plaintext of ckey; x1 unless overridden. */
    BigInteger plaintext;
    /** Replaces ckey after the proofs are made. */
    BigInteger ckeyOverride;
    /** Replaces N after the proofs are made. */
    BigInteger modulusOverride;
    /** Makes the Schnorr proof under this round instead of round 2. */
    int schnorrRound = 2;
    /** Proves knowledge of this secret instead of x1. */
    BigInteger schnorrSecret;
    /** Sends N − s instead of the ring-Pedersen s its Π^prm was made for (s ∉ ⟨t⟩). */
    boolean negateRingPedersenS;
  }

  @Test
  void honestlyBuiltRound2_isAccepted() {
    ClientKeygen client = ProtocolFixtures.keygenClient(ProtocolFixtures.PAIR_A, SEED);
    assertNotNull(client.handle(forgeKeygenRound2(client.start(), new Forgery())));
  }

  @Test
  void modulusWithASmallFactor_isRejected() {
    Forgery forgery = new Forgery();
    forgery.key = Fixtures.smallFactorKey();
    assertKeygenClientRejects(forgery, "fac");
  }

  @Test
  void modulusWithThreeFactors_isRejected() {
    Forgery forgery = new Forgery();
    forgery.key = Fixtures.threePrimeKey();
    assertKeygenClientRejects(forgery, null);
  }

  @Test
  void modulusOfNonBlumPrimes_isRejected() {
    Forgery forgery = new Forgery();
    forgery.key = Fixtures.nonBlumKey();
    assertKeygenClientRejects(forgery, "mod");
  }

  @Test
  void modulusBelow2048Bits_isRejected() {
    Forgery forgery = new Forgery();
    forgery.modulusOverride = BigInteger.ONE.shiftLeft(1535).add(BigInteger.ONE);
    assertKeygenClientRejects(forgery, "bits");
  }

  @Test
  void a2048BitModulus_isRejectedByAClientThatRequires3072() {
    ClientKeygen client =
        new ClientKeygen(
            ProtocolFixtures.WALLET,
            ProtocolFixtures.PAIR_A,
            3072,
            new DeterministicRandom(SEED),
            ProtocolFixtures.EXECUTOR,
            ProtocolFixtures.CLIENT_CLOCK,
            ProtocolFixtures.ringPedersen());
    byte[] round2 = forgeKeygenRound2(client.start(), new Forgery());
    ProtocolAbortedException e =
        assertThrows(ProtocolAbortedException.class, () -> client.handle(round2));
    assertEquals(Party.CUSTODIAN, e.faultyParty());
  }

  @Test
  void ckeyOutOfRange_isRejected() {
    Forgery aboveNSquared = new Forgery();
    BigInteger n = aboveNSquared.key.publicKey().n();
    aboveNSquared.ckeyOverride = n.multiply(n).add(BigInteger.ONE);
    assertKeygenClientRejects(aboveNSquared, "ciphertext");

    Forgery zero = new Forgery();
    zero.ckeyOverride = BigInteger.ZERO;
    assertKeygenClientRejects(zero, "ciphertext");

    Forgery notCoprime = new Forgery();
    notCoprime.ckeyOverride = notCoprime.key.secretPrimeP();
    assertKeygenClientRejects(notCoprime, "ciphertext");
  }

  @Test
  void ckeyWhosePlaintextIsOutsideTheProvenRange_isRejected() {
    // Same discrete log mod q, but x1 + q·2^800 is far outside ±2^(ℓ+ε): it would let the
    // custodian learn more than s mod q from the signing ciphertext. The proof's response is then
    // too large even to decode.
    Forgery forgery = new Forgery();
    forgery.plaintext = forgery.x1.add(Secp256k1.order().shiftLeft(800));
    assertKeygenClientRejects(forgery, "exceeds");
  }

  @Test
  void ckeyOfAnotherShare_isRejected() {
    Forgery forgery = new Forgery();
    forgery.plaintext = forgery.x1.add(BigInteger.ONE);
    assertKeygenClientRejects(forgery, "log*");
  }

  @Test
  void wrongSchnorrProof_isRejected() {
    Forgery otherSecret = new Forgery();
    otherSecret.schnorrSecret = Secp256k1.randomScalar(RANDOM);
    assertKeygenClientRejects(otherSecret, "schnorr");

    Forgery otherRound = new Forgery();
    otherRound.schnorrRound = 3;
    assertKeygenClientRejects(otherRound, "schnorr");
  }

  @Test
  void custodianRingPedersenSOutsideTheSubgroupOfT_isRejected() {
    // N − s = −s is not a square modulo a Blum integer, so it is not in ⟨t⟩ ⊆ QR_N: commitments
    // against it would leak the client's values mod 2. Π^prm was made for s and cannot hold.
    Forgery forgery = new Forgery();
    forgery.negateRingPedersenS = true;
    assertKeygenClientRejects(forgery, "prm");
  }

  @Test
  void refreshWithAModulusWithASmallFactor_isRejected() {
    assertNull(refreshWith(Fixtures.paillier(), false), "the honest forgery is accepted");
    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class, () -> refreshWith(Fixtures.smallFactorKey(), false));
    assertEquals(Party.CUSTODIAN, e.faultyParty());
  }

  @Test
  void refreshWithCkeyOfTheOldShare_isRejected() {
    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class, () -> refreshWith(Fixtures.paillier(), true));
    assertEquals(Party.CUSTODIAN, e.faultyParty());
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertKeygenClientRejects(Forgery forgery, String inCause) {
    ClientKeygen client = ProtocolFixtures.keygenClient(ProtocolFixtures.PAIR_A, SEED);
    byte[] round2 = forgeKeygenRound2(client.start(), forgery);
    ProtocolAbortedException e =
        assertThrows(ProtocolAbortedException.class, () -> client.handle(round2));
    assertEquals(Party.CUSTODIAN, e.faultyParty());
    assertTrue(client.isAborted());
    assertThrows(IllegalStateException.class, client::output);
    if (inCause != null) {
      assertTrue(e.getMessage().contains(inCause), e.getMessage());
    }
  }

  private static byte[] forgeKeygenRound2(byte[] round1Bytes, Forgery forgery) {
    try {
      KeygenRound1Commitment round1 = KeygenRound1Commitment.fromBytes(round1Bytes);
      byte[] binding =
          SessionBinding.keygen(
              round1.sessionId(),
              round1.issuedAt(),
              ProtocolFixtures.WALLET,
              ProtocolFixtures.PAIR_A);
      PartyIds ids = PartyIds.keygen();
      ProofContext context = new ProofContext("keygen", 2, binding, ids.custodian(), ids.client());
      ECPoint q1 = Secp256k1.multiplyBase(forgery.x1);
      SchnorrProof schnorr =
          SchnorrProof.prove(
              new ProofContext(
                  "keygen", forgery.schnorrRound, binding, ids.custodian(), ids.client()),
              forgery.schnorrSecret != null ? forgery.schnorrSecret : forgery.x1,
              RANDOM);
      BigInteger plaintext = forgery.plaintext != null ? forgery.plaintext : forgery.x1;
      Proofs proofs = prove(context, forgery.key, round1.ringPedersen(), plaintext, q1);
      BigInteger n = forgery.key.publicKey().n();
      return new KeygenRound2CustodianKey(
              round1.sessionId(),
              q1,
              schnorr,
              new CustodianKeyProofs(
                  forgery.modulusOverride != null ? forgery.modulusOverride : n,
                  forgery.ckeyOverride != null ? forgery.ckeyOverride : proofs.ckey,
                  proofs.modulus,
                  proofs.noSmallFactor,
                  proofs.encryption,
                  forgery.negateRingPedersenS
                      ? n.subtract(proofs.ringPedersen.s())
                      : proofs.ringPedersen.s(),
                  proofs.ringPedersen.t(),
                  proofs.ringPedersenProof))
          .toBytes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Proofs {
    BigInteger ckey;
    PaillierBlumModulusProof modulus;
    NoSmallFactorProof noSmallFactor;
    PaillierEncryptionOfDiscreteLogProof encryption;
    RingPedersenParameters ringPedersen;
    RingPedersenParametersProof ringPedersenProof;

    CustodianKeyProofs bundle(BigInteger modulus) {
      return new CustodianKeyProofs(
          modulus,
          ckey,
          this.modulus,
          noSmallFactor,
          encryption,
          ringPedersen.s(),
          ringPedersen.t(),
          ringPedersenProof);
    }
  }

  /** The honest provers' output for whatever key and plaintext they are given. */
  private static Proofs prove(
      ProofContext context,
      PaillierSecretKey key,
      RingPedersenParameters clientParameters,
      BigInteger plaintext,
      ECPoint q1) {
    Proofs proofs = new Proofs();
    BigInteger rho = key.publicKey().randomUnit(RANDOM);
    proofs.ckey = key.encrypt(plaintext, rho);
    proofs.modulus =
        PaillierBlumModulusProof.prove(context, key, RANDOM, ProtocolFixtures.EXECUTOR);
    proofs.noSmallFactor = NoSmallFactorProof.prove(context, key, clientParameters, RANDOM);
    proofs.encryption =
        PaillierEncryptionOfDiscreteLogProof.prove(
            context, key, clientParameters, proofs.ckey, q1, plaintext, rho, RANDOM);
    RingPedersenSecret own =
        RingPedersenSecret.onPaillierPrimes(key.secretPrimeP(), key.secretPrimeQ(), RANDOM);
    proofs.ringPedersen = own.parameters();
    proofs.ringPedersenProof = RingPedersenParametersProof.prove(context, own, RANDOM);
    return proofs;
  }

  /**
   * Runs the deterministic refresh client of the reference scenario to round 4 and answers it
   * with a round 4 forged under {@code key}; with {@code oldShare}, ckey' encrypts x1 instead of
   * x1 + δ. Returns what the client returns (null once complete).
   */
  private static byte[] refreshWith(PaillierSecretKey key, boolean oldShare) {
    try {
      Scenario scenario = Scenario.refresh();
      byte[][] reference = scenario.reference();
      Scenario.Client client = scenario.newClient();
      client.start();
      byte[] round3 = client.handle(reference[1]);
      RefreshRound1Commitment round1 = RefreshRound1Commitment.fromBytes(reference[0]);
      BigInteger delta =
          RefreshRound2Contribution.fromBytes(reference[1])
              .delta1()
              .add(RefreshRound3Opening.fromBytes(round3).delta2())
              .mod(Secp256k1.order());
      CustodianShareMaterial custodian = ProtocolFixtures.pairA().custodian();
      BigInteger x1 = custodian.secretX1();
      BigInteger newX1 = x1.add(delta).mod(Secp256k1.order());
      byte[] binding =
          SessionBinding.refresh(
              round1.sessionId(),
              round1.issuedAt(),
              RefreshPurpose.BACKUP,
              round1.sourcePairId(),
              round1.newPairId(),
              round1.q1(),
              round1.q2());
      PartyIds ids = PartyIds.refresh(round1.sourcePairId(), round1.newPairId());
      ProofContext context = new ProofContext("refresh", 4, binding, ids.custodian(), ids.client());
      BigInteger plaintext = oldShare ? x1 : newX1;
      Proofs proofs =
          prove(
              context,
              key,
              custodian.clientRingPedersen(),
              plaintext,
              Secp256k1.multiplyBase(plaintext));
      return client.handle(
          new RefreshRound4CustodianKey(round1.sessionId(), proofs.bundle(key.publicKey().n()))
              .toBytes());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
