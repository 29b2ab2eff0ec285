package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import dev.tandem.mpc.internal.zk.SigningCiphertextProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A client that holds a legitimate signing share and runs the Lindell 2017 abort attack of
 * Makriyannis–Yomtov (ePrint 2023/1234) against the custodian: rounds 1 and 2 are honest, and round
 * 3 carries {@code c3 = ckey^(a + q·L)·Enc(b + ρ·q)}, which decrypts to {@code a·x1 + b + q·L·x1}
 * and so wraps modulo N, spoiling the signature, exactly when {@code x1 > threshold}. Before the
 * proof of c3 (PROTOCOL.md §2.2) a released signature answered "x1 ≤ threshold". Each round 3 comes
 * with a proof made one of the ways a cheater can make it ({@link Cheat}).
 *
 * <p>For the end-to-end attack test of the custodian's real endpoint (in the embedded adapters'
 * tests); it speaks the engine's messages as bytes, like any client.
 */
public final class MaliciousSigningClient {

  /** How the cheater accompanies its crafted c3. */
  public enum Cheat {
    /** The honest prover's proof of the crafted witness (a + q·L, b): outside the proven range. */
    PROVE_THE_CRAFTED_WITNESS,
    /** The honest proof of the honest c3, sent with the crafted c3 instead. */
    HONEST_PROOF_OF_ANOTHER_CIPHERTEXT,
    /** A proof that verified in an earlier session, sent again with the crafted c3. */
    REPLAYED_PROOF,
  }

  /** The last proof this class made honestly, which {@link Cheat#REPLAYED_PROOF} sends again. */
  private static volatile SigningCiphertextProof lastHonestProof;

  private final ClientShareMaterial share;
  private final byte[] digest;
  private final BigInteger threshold;
  private final Cheat cheat;
  private final SecureRandom random;
  private final Executor executor;
  private final Clock clock;
  private final PartyIds ids;
  private SessionId sessionId;
  private byte[] binding;
  private BigInteger k2;
  private ECPoint r2;
  private SchnorrProof proof;
  private HashCommitment commitment;

  /**
   * @param share a legitimate client signing share
   * @param threshold the question this run asks: is x1 at most {@code threshold}?
   * @param clock stamps round 1 (the custodian refuses a time outside its window)
   */
  public MaliciousSigningClient(
      ClientSigningShare share,
      byte[] digest,
      BigInteger threshold,
      Cheat cheat,
      SecureRandom random,
      Executor executor,
      Clock clock)
      throws GeneralSecurityException {
    byte[] encoded = share.material().revealCopy();
    try {
      this.share = ClientShareMaterial.decode(encoded);
    } finally {
      Arrays.fill(encoded, (byte) 0);
    }
    this.digest = digest.clone();
    this.threshold = threshold;
    this.cheat = cheat;
    this.random = random;
    this.executor = executor;
    this.clock = clock;
    this.ids = PartyIds.sign(this.share.pairId());
  }

  /** Round 1, honest. */
  public byte[] round1() {
    sessionId = SessionId.random(random);
    long issuedAt = clock.millis();
    binding =
        SessionBinding.sign(sessionId, issuedAt, share.pairId(), share.q1(), share.q2(), digest);
    k2 = Secp256k1.randomScalar(random);
    r2 = Secp256k1.multiplyBase(k2);
    proof = SchnorrProof.prove(context(), k2, random);
    commitment =
        HashCommitment.commit(
            Protocols.SIGN_COMMITMENT_TAG,
            binding,
            ids.client(),
            Wire.pointAndProof(r2, proof),
            random);
    return new SignRound1Commitment(
            sessionId,
            issuedAt,
            share.pairId(),
            digest,
            share.q1(),
            share.q2(),
            commitment.commitment())
        .toBytes();
  }

  /** Round 3 for the custodian's round 2: the crafted c3 with its cheating proof. */
  public byte[] round3(byte[] round2Bytes) throws GeneralSecurityException {
    SignRound2Nonce round2 = SignRound2Nonce.fromBytes(round2Bytes);
    BigInteger q = Secp256k1.order();
    BigInteger r = Secp256k1.multiply(round2.r1(), k2).getAffineXCoord().toBigInteger().mod(q);
    BigInteger m = Ecdsa.digestScalar(digest);
    BigInteger a = k2.modInverse(q).multiply(r).mod(q);
    BigInteger b = k2.modInverse(q).multiply(m.add(r.multiply(share.secretX2()))).mod(q);
    ECPoint pa = Secp256k1.multiplyBase(r);
    ECPoint pb = Secp256k1.add(Secp256k1.multiplyBase(m), Secp256k1.multiplyPublic(share.q2(), r));
    BigInteger craftedA = a.add(q.multiply(wrapMultiplier(share.paillier(), threshold)));
    SigningCiphertextProof.Prover prover = prover();
    BigInteger maskedB = b.add(prover.secretMask());
    BigInteger c3;
    SigningCiphertextProof c3Proof;
    switch (cheat) {
      case PROVE_THE_CRAFTED_WITNESS:
        SigningCiphertextProof.Result crafted =
            prover.prove(context(), craftedA, maskedB, pa, pb, executor);
        c3 = crafted.ciphertext();
        c3Proof = crafted.proof();
        break;
      case HONEST_PROOF_OF_ANOTHER_CIPHERTEXT:
        c3 = craftedCiphertext(craftedA, maskedB);
        c3Proof = prover.prove(context(), a, maskedB, pa, pb, executor).proof();
        lastHonestProof = c3Proof;
        break;
      case REPLAYED_PROOF:
        c3 = craftedCiphertext(craftedA, maskedB);
        c3Proof = lastHonestProof;
        if (c3Proof == null) {
          throw new IllegalStateException("no proof to replay yet");
        }
        break;
      default:
        throw new IllegalStateException("unknown cheat");
    }
    return new SignRound3Ciphertext(sessionId, r2, proof, commitment.randomness(), c3, c3Proof)
        .toBytes();
  }

  /**
   * L such that {@code q·L·x1 < N/2} (no wrap) exactly for {@code x1 <= threshold}, give or take
   * the small honest part of the plaintext: {@code L = ⌊N / (q·(2·threshold + 1))⌋}.
   */
  static BigInteger wrapMultiplier(PaillierPublicKey key, BigInteger threshold) {
    BigInteger q = Secp256k1.order();
    return key.n().divide(q.multiply(threshold.shiftLeft(1).add(BigInteger.ONE)));
  }

  /** The custodian's public share Q1 of {@code share}'s pair. */
  public static ECPoint custodianPoint(ClientSigningShare share) throws GeneralSecurityException {
    byte[] encoded = share.material().revealCopy();
    try {
      ClientShareMaterial material = ClientShareMaterial.decode(encoded);
      material.destroy();
      return material.q1();
    } finally {
      Arrays.fill(encoded, (byte) 0);
    }
  }

  private BigInteger craftedCiphertext(BigInteger craftedA, BigInteger maskedB) {
    PaillierPublicKey paillier = share.paillier();
    return paillier.add(
        paillier.multiply(share.ckey(), craftedA), paillier.encrypt(maskedB, random));
  }

  private SigningCiphertextProof.Prover prover() {
    return SigningCiphertextProof.Prover.draw(
        share.paillier(), share.ckey(), share.custodianRingPedersen(), r2, random);
  }

  private ProofContext context() {
    return new ProofContext(Protocols.SIGN, 3, binding, ids.client(), ids.custodian());
  }
}
