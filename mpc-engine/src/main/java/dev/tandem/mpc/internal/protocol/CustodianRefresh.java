package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.model.Party;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The custodian's (P1's) state machine for refresh, PROTOCOL.md §5: answers round 1 with δ1 and
 * round 3 with the new Paillier key, ckey' and their proofs.
 *
 * <p>Round 1 must name this session's purpose, source pair and new pair, and carry the source
 * pair's Q1 and Q2, and the session registry must admit its session id and time (PROTOCOL.md §1);
 * anything else aborts before any secret-dependent work. The new Paillier key is
 * generated in the background from round 1 on. Round 3 must open the round-1 commitment. The
 * output is x1' = x1 + δ with Q1' = x1'·G under the new pair id; the source share is never
 * modified.
 */
public final class CustodianRefresh extends StateMachine {

  private enum Expect {
    COMMITMENT,
    OPENING,
    DONE
  }

  private final CustodianShareMaterial source;
  private final RefreshPurpose purpose;
  private final String newPairId;
  private final int modulusBits;
  private final SecureRandom random;
  private final Executor executor;
  private final SessionRegistryPort sessions;
  private final PartyIds ids;

  private Expect expect = Expect.COMMITMENT;
  private SessionId sessionId;
  private byte[] binding;
  private byte[] commitment;
  private BigInteger delta1;
  private PaillierKeyInBackground paillier;
  private CustodianShareMaterial output;

  /**
   * @param sessions admits round 1 once, if its time is acceptable
   */
  public CustodianRefresh(
      CustodianShareMaterial source,
      RefreshPurpose purpose,
      String newPairId,
      int modulusBits,
      SecureRandom random,
      Executor executor,
      SessionRegistryPort sessions) {
    super(Party.CUSTODIAN, Protocols.REFRESH);
    this.source = Objects.requireNonNull(source, "source");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    if (source.kind() != ClientRefresh.sourceKind(purpose)) {
      throw new IllegalArgumentException("a " + purpose + " refresh starts from another kind of pair");
    }
    this.newPairId = Wire.requireId(newPairId, "newPairId");
    if (newPairId.equals(source.pairId())) {
      throw new IllegalArgumentException("the new pair id must differ from the source pair id");
    }
    this.modulusBits = CustodianKeygen.requireModulusBits(modulusBits);
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.ids = PartyIds.refresh(source.pairId(), newPairId);
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  /** Answers the client's next request. */
  public synchronized byte[] respond(byte[] request) {
    return step(
        "request",
        () -> {
          switch (expect) {
            case COMMITMENT:
              return onCommitment(RefreshRound1Commitment.fromBytes(request));
            case OPENING:
              return onOpening(RefreshRound3Opening.fromBytes(request));
            default:
              throw new IllegalStateException("no request expected");
          }
        });
  }

  private byte[] onCommitment(RefreshRound1Commitment message) throws GeneralSecurityException {
    if (message.purpose() != purpose
        || !message.sourcePairId().equals(source.pairId())
        || !message.newPairId().equals(newPairId)
        || !message.q1().equals(source.q1())
        || !message.q2().equals(source.q2())) {
      throw violation(
          "pair mismatch: the client's request is not for this session's purpose and pairs");
    }
    SessionAdmission.require(sessions, message.sessionId(), message.issuedAt());
    sessionId = message.sessionId();
    binding =
        SessionBinding.refresh(
            sessionId,
            message.issuedAt(),
            purpose,
            source.pairId(),
            newPairId,
            source.q1(),
            source.q2());
    commitment = message.commitment();
    paillier = new PaillierKeyInBackground(modulusBits, random, executor);
    delta1 = Secp256k1.randomScalar(random);
    expect = Expect.OPENING;
    return new RefreshRound2Contribution(sessionId, delta1).toBytes();
  }

  private byte[] onOpening(RefreshRound3Opening message) throws GeneralSecurityException {
    if (!sessionId.equals(message.sessionId())) {
      throw violation("wrong session id");
    }
    byte[] payload = Secp256k1.encodeScalar(message.delta2());
    try {
      HashCommitment.verifyOpening(
          commitment,
          Protocols.REFRESH_COMMITMENT_TAG,
          binding,
          ids.client(),
          payload,
          message.randomness());
    } finally {
      Arrays.fill(payload, (byte) 0);
    }
    BigInteger q = Secp256k1.order();
    BigInteger delta = delta1.add(message.delta2()).mod(q);
    BigInteger newX1 = source.secretX1().add(delta).mod(q);
    if (newX1.signum() == 0) {
      throw violation("refreshed custodian share would be zero");
    }
    ECPoint newQ1 = Secp256k1.multiplyBase(newX1);
    ECPoint newQ2 = Secp256k1.add(source.publicKey(), newQ1.negate());
    if (newQ2.isInfinity()) {
      throw violation("refreshed client share would be zero");
    }
    PaillierSecretKey key = paillier.join();
    paillier = null;
    CustodianKeyProofs.Proven proven;
    try {
      proven =
          CustodianKeyProofs.prove(
              context(4, binding, ids.custodian(), ids.client()),
              key,
              source.clientRingPedersen(),
              newX1,
              newQ1,
              random,
              executor);
    } catch (GeneralSecurityException | RuntimeException e) {
      key.destroy();
      throw e;
    }
    output =
        new CustodianShareMaterial(
            source.walletId(),
            newPairId,
            ClientRefresh.targetKind(purpose),
            newX1,
            key,
            proven.proofs.ckey,
            proven.ringPedersen,
            newQ1,
            newQ2,
            source.clientRingPedersen());
    delta1 = null;
    expect = Expect.DONE;
    markComplete();
    return new RefreshRound4CustodianKey(sessionId, proven.proofs).toBytes();
  }

  /** The custodian's share of the new pair; only once complete. */
  public synchronized CustodianShareMaterial output() {
    requireComplete();
    return output;
  }

  @Override
  void forgetSecrets() {
    delta1 = null;
    if (paillier != null) {
      paillier.discard();
      paillier = null;
    }
  }
}
