package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.Signature;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import dev.tandem.mpc.internal.zk.SigningCiphertextProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The client's (P2's) state machine for signing, PROTOCOL.md §4.
 *
 * <p>{@link #start()} makes round 1, stamped with the clock's time, and starts precomputing, on
 * the executor and off the critical path, everything of c3 and of its proof that does not depend
 * on r (PROTOCOL.md §2.2); {@link #handle} takes round 2 and returns round 3 (c3 with its {@link
 * SigningCiphertextProof}), then
 * takes round 4 and returns {@code null}. The run ends with a verified low-s signature ({@link
 * #signature()}), or with the custodian's notice that the signature failed its verification ({@link
 * #wasRefused()}), after which the pair is frozen.
 */
public final class ClientSign extends StateMachine {

  private enum Expect {
    START,
    NONCE,
    SIGNATURE,
    DONE
  }

  private final ClientShareMaterial share;
  private final byte[] digest;
  private final SecureRandom random;
  private final Executor executor;
  private final Clock clock;
  private final PartyIds ids;

  private Expect expect = Expect.START;
  private SessionId sessionId;
  private byte[] binding;
  private BigInteger k2;
  private ECPoint r2;
  private SchnorrProof proof;
  private HashCommitment commitment;
  private SigningCiphertextProof.Prover prover;
  private Futures.Pending<SigningCiphertextProof.Prover> precomputation;
  private BigInteger r;
  private Signature signature;
  private boolean refused;

  /**
   * @param share the client's share (a signing pair's)
   * @param digest the 32-byte digest to sign
   * @param clock stamps round 1 with the time the session is issued
   */
  public ClientSign(
      ClientShareMaterial share,
      byte[] digest,
      SecureRandom random,
      Executor executor,
      Clock clock) {
    super(Party.CLIENT, Protocols.SIGN);
    this.share = Objects.requireNonNull(share, "share");
    this.digest = Wire.requireLength(digest, SignRound1Commitment.DIGEST_LENGTH, "digest");
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = PartyIds.sign(share.pairId());
  }

  /** Round 1: the request to send first. */
  public synchronized byte[] start() {
    return step(
        "start",
        () -> {
          if (expect != Expect.START) {
            throw new IllegalStateException("already started");
          }
          sessionId = SessionId.random(random);
          long issuedAt = clock.millis();
          binding =
              SessionBinding.sign(
                  sessionId, issuedAt, share.pairId(), share.q1(), share.q2(), digest);
          k2 = Secp256k1.randomScalar(random);
          r2 = Secp256k1.multiplyBase(k2);
          SigningCiphertextProof.Prover drawn =
              SigningCiphertextProof.Prover.draw(
                  share.paillier(), share.ckey(), share.custodianRingPedersen(), r2, random);
          prover = drawn;
          precomputation = Futures.submit(executor, () -> drawn.precompute(executor));
          proof = SchnorrProof.prove(clientProofContext(), k2, random);
          commitment =
              HashCommitment.commit(
                  Protocols.SIGN_COMMITMENT_TAG,
                  binding,
                  ids.client(),
                  Wire.pointAndProof(r2, proof),
                  random);
          expect = Expect.NONCE;
          return new SignRound1Commitment(
                  sessionId,
                  issuedAt,
                  share.pairId(),
                  digest,
                  share.q1(),
                  share.q2(),
                  commitment.commitment())
              .toBytes();
        });
  }

  /**
   * Takes the custodian's reply: round 2 (returns round 3) or round 4 (returns {@code null}: the
   * run is over).
   */
  public synchronized byte[] handle(byte[] reply) {
    return step(
        "reply",
        () -> {
          switch (expect) {
            case NONCE:
              return onNonce(SignRound2Nonce.fromBytes(reply));
            case SIGNATURE:
              onSignature(SignRound4Signature.fromBytes(reply));
              return null;
            default:
              throw new IllegalStateException("no reply expected");
          }
        });
  }

  private byte[] onNonce(SignRound2Nonce message) throws GeneralSecurityException {
    requireSession(message.sessionId());
    ECPoint r1 = message.r1();
    Futures.check(
        "custodian nonce proof",
        () -> {
          message
              .proof()
              .verify(context(2, binding, ids.custodian(), ids.client()), r1);
          return null;
        });
    BigInteger q = Secp256k1.order();
    ECPoint bigR = Secp256k1.multiply(r1, k2);
    r = bigR.getAffineXCoord().toBigInteger().mod(q);
    if (r.signum() == 0) {
      throw violation("nonce point has r = 0");
    }
    BigInteger m = Ecdsa.digestScalar(digest);
    BigInteger k2Inverse = k2.modInverse(q);
    BigInteger a = k2Inverse.multiply(r).mod(q);
    BigInteger b = k2Inverse.multiply(m.add(r.multiply(share.secretX2()))).mod(q);
    ECPoint pa = Secp256k1.multiplyBase(r);
    ECPoint pb = Secp256k1.add(Secp256k1.multiplyBase(m), Secp256k1.multiplyPublic(share.q2(), r));
    SigningCiphertextProof.Result c3 =
        precomputation.join().encryptAndProve(clientProofContext(), a, b, pa, pb, executor);
    precomputation = null;
    byte[] randomness = commitment.randomness();
    forgetNonceSecrets();
    expect = Expect.SIGNATURE;
    return new SignRound3Ciphertext(
            sessionId, r2, proof, randomness, c3.ciphertext(), c3.proof())
        .toBytes();
  }

  private void onSignature(SignRound4Signature message)
      throws GeneralSecurityException {
    requireSession(message.sessionId());
    expect = Expect.DONE;
    if (!message.isReleased()) {
      refused = true;
      markComplete();
      return;
    }
    BigInteger s = message.s();
    if (!message.r().equals(r)) {
      throw violation("signature r does not match the nonce point");
    }
    if (s.compareTo(Secp256k1.order().shiftRight(1)) > 0) {
      throw violation("signature s is not low-s");
    }
    if (!Ecdsa.verifies(
        share.publicKey(), Ecdsa.digestScalar(digest), r, s, message.recoveryId())) {
      throw violation("signature does not verify against the wallet's public key");
    }
    signature = new Signature(Curve.SECP256K1, r, s, message.recoveryId());
    markComplete();
  }

  /** The verified signature; only once complete and not refused. */
  public synchronized Signature signature() {
    requireComplete();
    if (refused) {
      throw new IllegalStateException("the custodian refused to release the signature");
    }
    return signature;
  }

  /**
   * Whether the custodian reported that the signature failed its verification and withheld it:
   * the pair is frozen.
   */
  public synchronized boolean wasRefused() {
    requireComplete();
    return refused;
  }

  private void requireSession(SessionId received) throws GeneralSecurityException {
    if (!sessionId.equals(received)) {
      throw violation("wrong session id");
    }
  }

  private ProofContext clientProofContext() {
    return context(3, binding, ids.client(), ids.custodian());
  }

  private void forgetNonceSecrets() {
    k2 = null;
    if (precomputation != null) {
      precomputation.discard(SigningCiphertextProof.Prover::destroy);
      precomputation = null;
    }
    if (prover != null) {
      prover.destroy();
      prover = null;
    }
    if (commitment != null) {
      commitment.destroy();
    }
  }

  @Override
  void forgetSecrets() {
    forgetNonceSecrets();
    commitment = null;
  }
}
