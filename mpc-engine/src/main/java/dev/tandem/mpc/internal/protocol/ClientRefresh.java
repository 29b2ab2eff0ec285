package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.model.Party;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The client's (P2's) state machine for refresh, PROTOCOL.md §5: backup (a signing pair into a
 * backup pair) or provisioning (a backup pair into a new signing pair).
 *
 * <p>{@link #start()} commits to δ2 and returns round 1, stamped with the clock's time; {@link #handle} takes δ1 (round 2) and
 * returns the opening (round 3), then checks the new Paillier key, ckey' and their proofs against
 * Q1' = Q1 + δ·G (round 4) and returns {@code null}. The output is x2' = x2 − δ with Q2' = Q2 − δ·G
 * under the new pair id; Q is unchanged. The source share is never modified.
 */
public final class ClientRefresh extends StateMachine {

  private enum Expect {
    START,
    CONTRIBUTION,
    CUSTODIAN_KEY,
    DONE
  }

  private final ClientShareMaterial source;
  private final RefreshPurpose purpose;
  private final String newPairId;
  private final int minimumModulusBits;
  private final SecureRandom random;
  private final Executor executor;
  private final Clock clock;
  private final PartyIds ids;

  private Expect expect = Expect.START;
  private SessionId sessionId;
  private byte[] binding;
  private BigInteger delta2;
  private HashCommitment commitment;
  private BigInteger newX2;
  private ECPoint newQ1;
  private ECPoint newQ2;
  private ClientShareMaterial output;

  /**
   * @param source the client's share of the source pair: a signing share for {@link
   *     RefreshPurpose#BACKUP}, a backup share for {@link RefreshPurpose#PROVISION}
   * @param newPairId the id of the pair being made
   * @param minimumModulusBits the smallest Paillier modulus the client accepts
   * @param clock stamps round 1 with the time the session is issued
   */
  public ClientRefresh(
      ClientShareMaterial source,
      RefreshPurpose purpose,
      String newPairId,
      int minimumModulusBits,
      SecureRandom random,
      Executor executor,
      Clock clock) {
    super(Party.CLIENT, Protocols.REFRESH);
    this.source = Objects.requireNonNull(source, "source");
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    if (source.kind() != sourceKind(purpose)) {
      throw new IllegalArgumentException("a " + purpose + " refresh starts from another kind of pair");
    }
    try {
      source.ringPedersen();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the source share's ring-Pedersen secret is invalid", e);
    }
    this.newPairId = Wire.requireId(newPairId, "newPairId");
    if (newPairId.equals(source.pairId())) {
      throw new IllegalArgumentException("the new pair id must differ from the source pair id");
    }
    if (minimumModulusBits < PaillierPublicKey.MINIMUM_MODULUS_BITS
        || minimumModulusBits > PaillierPublicKey.MAXIMUM_MODULUS_BITS) {
      throw new IllegalArgumentException("unsupported minimum Paillier modulus size");
    }
    this.minimumModulusBits = minimumModulusBits;
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = PartyIds.refresh(source.pairId(), newPairId);
  }

  /** The kind of pair a refresh of this purpose starts from. */
  static PairKind sourceKind(RefreshPurpose purpose) {
    return purpose == RefreshPurpose.BACKUP ? PairKind.SIGNING : PairKind.BACKUP;
  }

  /** The kind of pair a refresh of this purpose makes. */
  static PairKind targetKind(RefreshPurpose purpose) {
    return purpose == RefreshPurpose.BACKUP ? PairKind.BACKUP : PairKind.SIGNING;
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
              SessionBinding.refresh(
                  sessionId,
                  issuedAt,
                  purpose,
                  source.pairId(),
                  newPairId,
                  source.q1(),
                  source.q2());
          delta2 = Secp256k1.randomScalar(random);
          byte[] payload = Secp256k1.encodeScalar(delta2);
          try {
            commitment =
                HashCommitment.commit(
                    Protocols.REFRESH_COMMITMENT_TAG, binding, ids.client(), payload, random);
          } finally {
            Arrays.fill(payload, (byte) 0);
          }
          expect = Expect.CONTRIBUTION;
          return new RefreshRound1Commitment(
                  sessionId,
                  issuedAt,
                  purpose,
                  source.pairId(),
                  newPairId,
                  source.q1(),
                  source.q2(),
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
            case CONTRIBUTION:
              return onContribution(RefreshRound2Contribution.fromBytes(reply));
            case CUSTODIAN_KEY:
              onCustodianKey(RefreshRound4CustodianKey.fromBytes(reply));
              return null;
            default:
              throw new IllegalStateException("no reply expected");
          }
        });
  }

  private byte[] onContribution(RefreshRound2Contribution message)
      throws GeneralSecurityException {
    requireSession(message.sessionId());
    BigInteger q = Secp256k1.order();
    BigInteger delta = message.delta1().add(delta2).mod(q);
    newX2 = source.secretX2().subtract(delta).mod(q);
    if (newX2.signum() == 0) {
      throw violation("refreshed client share would be zero");
    }
    newQ2 = Secp256k1.multiplyBase(newX2);
    newQ1 = Secp256k1.add(source.publicKey(), newQ2.negate());
    if (newQ1.isInfinity()) {
      throw violation("refreshed custodian share would be zero");
    }
    byte[] randomness = commitment.randomness();
    BigInteger opened = delta2;
    commitment.destroy();
    delta2 = null;
    expect = Expect.CUSTODIAN_KEY;
    return new RefreshRound3Opening(sessionId, opened, randomness).toBytes();
  }

  private void onCustodianKey(RefreshRound4CustodianKey message) throws GeneralSecurityException {
    requireSession(message.sessionId());
    RingPedersenSecret own = source.ringPedersen();
    CustodianKeyProofs.Verified verified =
        message
            .custodianKey()
            .verify(
                context(4, binding, ids.custodian(), ids.client()),
                newQ1,
                own,
                minimumModulusBits,
                executor);
    output =
        ClientShareMaterial.of(
            source.walletId(),
            newPairId,
            targetKind(purpose),
            newX2,
            verified.paillier,
            message.custodianKey().ckey,
            verified.ringPedersen,
            newQ1,
            newQ2,
            source.copyRingPedersenParts());
    newX2 = null;
    expect = Expect.DONE;
    markComplete();
  }

  /** The client's share of the new pair; only once complete. */
  public synchronized ClientShareMaterial output() {
    requireComplete();
    return output;
  }

  private void requireSession(SessionId received) throws GeneralSecurityException {
    if (!sessionId.equals(received)) {
      throw violation("wrong session id");
    }
  }

  @Override
  void forgetSecrets() {
    delta2 = null;
    newX2 = null;
    if (commitment != null) {
      commitment.destroy();
    }
  }
}
