package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import dev.tandem.mpc.internal.zk.SigningCiphertextProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The custodian's (P1's) state machine for signing, PROTOCOL.md §4: answers round 1 with round 2
 * and round 3 with round 4.
 *
 * <p>Round 1 is checked against the custodian's share first (pair id, Q1, Q2), then its session id
 * and time are put to the session registry (PROTOCOL.md §1); any difference or refusal aborts
 * before a nonce is drawn. At round 3 the custodian checks the opening, the Schnorr proof and the
 * {@link SigningCiphertextProof} of c3: any failure aborts the run naming the client, before
 * anything depends on c3. It then computes the low-s signature from the decrypted c3 and its
 * recovery id, and verifies it against Q: a signature that verifies is released ({@link
 * SignOutcome.Signed}); one that does not (impossible for any client once the proof passed, so a
 * fault of the custodian's own) is withheld and the run ends with {@link
 * SignOutcome.VerificationFailed}, which the caller must treat as "freeze the wallet's key"
 * (PROTOCOL.md §6).
 */
public final class CustodianSign extends StateMachine {

  private enum Expect {
    COMMITMENT,
    CIPHERTEXT,
    DONE
  }

  private final CustodianShareMaterial share;
  private final SecureRandom random;
  private final Executor executor;
  private final SessionRegistryPort sessions;
  private final PartyIds ids;

  private Expect expect = Expect.COMMITMENT;
  private SessionId sessionId;
  private byte[] binding;
  private byte[] digest;
  private byte[] commitment;
  private BigInteger k1;
  private SignOutcome outcome;

  /**
   * @param sessions admits round 1 once, if its time is acceptable
   */
  public CustodianSign(
      CustodianShareMaterial share,
      SecureRandom random,
      Executor executor,
      SessionRegistryPort sessions) {
    super(Party.CUSTODIAN, Protocols.SIGN);
    this.share = Objects.requireNonNull(share, "share");
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.ids = PartyIds.sign(share.pairId());
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  /** Answers the client's next request. */
  public synchronized byte[] respond(byte[] request) {
    return step(
        "request",
        () -> {
          switch (expect) {
            case COMMITMENT:
              return onCommitment(SignRound1Commitment.fromBytes(request));
            case CIPHERTEXT:
              return onCiphertext(SignRound3Ciphertext.fromBytes(request));
            default:
              throw new IllegalStateException("no request expected");
          }
        });
  }

  private byte[] onCommitment(SignRound1Commitment message) throws GeneralSecurityException {
    if (!message.pairId().equals(share.pairId())
        || !message.q1().equals(share.q1())
        || !message.q2().equals(share.q2())) {
      throw violation("pair mismatch: the client's share is not of this custodian share's pair");
    }
    SessionAdmission.require(sessions, message.sessionId(), message.issuedAt());
    sessionId = message.sessionId();
    digest = message.digest();
    commitment = message.commitment();
    binding =
        SessionBinding.sign(
            sessionId, message.issuedAt(), share.pairId(), share.q1(), share.q2(), digest);
    k1 = Secp256k1.randomScalar(random);
    ECPoint r1 = Secp256k1.multiplyBase(k1);
    SchnorrProof proof =
        SchnorrProof.prove(context(2, binding, ids.custodian(), ids.client()), k1, random);
    expect = Expect.CIPHERTEXT;
    return new SignRound2Nonce(sessionId, r1, proof).toBytes();
  }

  private byte[] onCiphertext(SignRound3Ciphertext message) throws GeneralSecurityException {
    if (!sessionId.equals(message.sessionId())) {
      throw violation("wrong session id");
    }
    ECPoint r2 = message.r2();
    HashCommitment.verifyOpening(
        commitment,
        Protocols.SIGN_COMMITMENT_TAG,
        binding,
        ids.client(),
        Wire.pointAndProof(r2, message.proof()),
        message.randomness());
    ProofContext clientContext = context(3, binding, ids.client(), ids.custodian());
    Futures.check(
        "client nonce proof",
        () -> {
          message.proof().verify(clientContext, r2);
          return null;
        });
    BigInteger q = Secp256k1.order();
    ECPoint nonce = Secp256k1.multiply(r2, k1);
    BigInteger r = nonce.getAffineXCoord().toBigInteger().mod(q);
    if (r.signum() == 0) {
      throw violation("nonce point has r = 0");
    }
    BigInteger m = Ecdsa.digestScalar(digest);
    ECPoint pa = Secp256k1.multiplyBase(r);
    ECPoint pb = Secp256k1.add(Secp256k1.multiplyBase(m), Secp256k1.multiplyPublic(share.q2(), r));
    // The proof is checked before anything depends on c3 (PROTOCOL.md §2.2): its Paillier
    // equation is evaluated with the key, which decrypts c3 on the way; that plaintext is used for
    // the signature only once every check has passed.
    BigInteger plaintext =
        Futures.check(
            "signing ciphertext proof",
            () ->
                message
                    .ciphertextProof()
                    .verifyAndDecrypt(
                        clientContext,
                        share.paillier(),
                        share.ownRingPedersen(),
                        share.ckey(),
                        share.secretX1(),
                        message.ciphertext(),
                        r2,
                        pa,
                        pb,
                        executor));
    int recoveryId = Ecdsa.recoveryId(nonce);
    BigInteger s = k1.modInverse(q).multiply(plaintext.mod(q)).mod(q);
    k1 = null;
    if (s.compareTo(q.shiftRight(1)) > 0) {
      s = q.subtract(s);
      recoveryId ^= 1;
    }
    MessageHash hash = MessageHash.of(digest);
    expect = Expect.DONE;
    markComplete();
    if (s.signum() == 0
        || !Ecdsa.verifies(share.publicKey(), m, r, s, recoveryId)) {
      outcome = new SignOutcome.VerificationFailed(hash);
      return SignRound4Signature.refused(sessionId).toBytes();
    }
    outcome = new SignOutcome.Signed(hash, new Signature(Curve.SECP256K1, r, s, recoveryId));
    return SignRound4Signature.released(sessionId, r, s, recoveryId).toBytes();
  }

  /** How the run ended; only once complete. */
  public synchronized SignOutcome outcome() {
    requireComplete();
    return outcome;
  }

  @Override
  void forgetSecrets() {
    k1 = null;
  }
}
