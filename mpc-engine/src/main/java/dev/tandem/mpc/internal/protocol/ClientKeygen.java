package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.model.Party;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.zk.RingPedersenGenerator;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.RingPedersenParametersProof;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The client's (P2's) state machine for key generation, PROTOCOL.md §3.
 *
 * <p>{@link #start()} stamps the session with the clock's time, generates the client's
 * ring-Pedersen parameters (two 1024-bit primes in parallel) with their Π^prm proof, x2 and the
 * commitment to (Q2, Schnorr proof), and returns round 1; {@link #handle} checks round 2 (every point, the Paillier modulus and ckey, and the Schnorr,
 * Π^mod, Π^fac and Π^log* proofs, the last three in parallel) and returns round 3, then checks
 * round 4 (Q equals Q1 + Q2) and returns {@code null}. The output is the client's signing share.
 */
public final class ClientKeygen extends StateMachine {

  private enum Expect {
    START,
    CUSTODIAN_KEY,
    CONFIRMATION,
    DONE
  }

  private final String walletId;
  private final String pairId;
  private final int minimumModulusBits;
  private final SecureRandom random;
  private final Executor executor;
  private final Clock clock;
  private final Supplier<RingPedersenSecret> ringPedersenSource;
  private final PartyIds ids = PartyIds.keygen();

  private Expect expect = Expect.START;
  private SessionId sessionId;
  private byte[] binding;
  private RingPedersenSecret ringPedersen;
  private BigInteger x2;
  private ECPoint q2;
  private SchnorrProof proof;
  private HashCommitment commitment;
  private ECPoint q1;
  private PaillierPublicKey paillier;
  private BigInteger ckey;
  private RingPedersenParameters custodianRingPedersen;
  private ClientShareMaterial output;

  /**
   * @param minimumModulusBits the smallest Paillier modulus the client accepts (2048 or more)
   * @param clock stamps round 1 with the time the session is issued
   */
  public ClientKeygen(
      String walletId,
      String pairId,
      int minimumModulusBits,
      SecureRandom random,
      Executor executor,
      Clock clock) {
    this(
        walletId,
        pairId,
        minimumModulusBits,
        random,
        executor,
        clock,
        () -> new RingPedersenGenerator(random, executor).generate());
  }

  /**
   * As the public constructor, with the source of the client's ring-Pedersen parameters given:
   * each call must return a fresh secret, which the run then owns (and destroys if it aborts).
   */
  ClientKeygen(
      String walletId,
      String pairId,
      int minimumModulusBits,
      SecureRandom random,
      Executor executor,
      Clock clock,
      Supplier<RingPedersenSecret> ringPedersenSource) {
    super(Party.CLIENT, Protocols.KEYGEN);
    this.walletId = Wire.requireId(walletId, "walletId");
    this.pairId = Wire.requireId(pairId, "pairId");
    if (minimumModulusBits < PaillierPublicKey.MINIMUM_MODULUS_BITS
        || minimumModulusBits > PaillierPublicKey.MAXIMUM_MODULUS_BITS) {
      throw new IllegalArgumentException("unsupported minimum Paillier modulus size");
    }
    this.minimumModulusBits = minimumModulusBits;
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ringPedersenSource = Objects.requireNonNull(ringPedersenSource, "ringPedersenSource");
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
          binding = SessionBinding.keygen(sessionId, issuedAt, walletId, pairId);
          ringPedersen = ringPedersenSource.get();
          RingPedersenParametersProof ringPedersenProof =
              RingPedersenParametersProof.prove(
                  context(1, binding, ids.client(), ids.custodian()),
                  ringPedersen,
                  random,
                  executor);
          x2 = Secp256k1.randomScalar(random);
          q2 = Secp256k1.multiplyBase(x2);
          proof = SchnorrProof.prove(context(3, binding, ids.client(), ids.custodian()), x2, random);
          commitment =
              HashCommitment.commit(
                  Protocols.KEYGEN_COMMITMENT_TAG,
                  binding,
                  ids.client(),
                  Wire.pointAndProof(q2, proof),
                  random);
          expect = Expect.CUSTODIAN_KEY;
          return new KeygenRound1Commitment(
                  sessionId,
                  issuedAt,
                  walletId,
                  pairId,
                  commitment.commitment(),
                  ringPedersen.parameters(),
                  ringPedersenProof)
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
            case CUSTODIAN_KEY:
              return onCustodianKey(KeygenRound2CustodianKey.fromBytes(reply));
            case CONFIRMATION:
              onConfirmation(KeygenRound4Confirmation.fromBytes(reply));
              return null;
            default:
              throw new IllegalStateException("no reply expected");
          }
        });
  }

  private byte[] onCustodianKey(KeygenRound2CustodianKey message)
      throws GeneralSecurityException {
    requireSession(message.sessionId());
    ECPoint custodianPoint = message.q1();
    Futures.check(
        "custodian key proof",
        () -> {
          message
              .schnorrProof()
              .verify(context(2, binding, ids.custodian(), ids.client()), custodianPoint);
          return null;
        });
    if (Secp256k1.add(custodianPoint, q2).isInfinity()) {
      throw violation("Q1 + Q2 is the point at infinity");
    }
    CustodianKeyProofs.Verified verified =
        message
            .custodianKey()
            .verify(
                context(2, binding, ids.custodian(), ids.client()),
                custodianPoint,
                ringPedersen,
                minimumModulusBits,
                executor);
    paillier = verified.paillier;
    custodianRingPedersen = verified.ringPedersen;
    q1 = custodianPoint;
    ckey = message.custodianKey().ckey;
    byte[] randomness = commitment.randomness();
    commitment.destroy();
    expect = Expect.CONFIRMATION;
    return new KeygenRound3Opening(sessionId, q2, proof, randomness).toBytes();
  }

  private void onConfirmation(KeygenRound4Confirmation message) throws GeneralSecurityException {
    requireSession(message.sessionId());
    if (!message.publicKey().equals(Secp256k1.add(q1, q2))) {
      throw violation("the custodian's Q is not Q1 + Q2");
    }
    output =
        ClientShareMaterial.of(
            walletId,
            pairId,
            PairKind.SIGNING,
            x2,
            paillier,
            ckey,
            custodianRingPedersen,
            q1,
            q2,
            ringPedersen);
    ringPedersen = null;
    x2 = null;
    expect = Expect.DONE;
    markComplete();
  }

  /** The client's share of the new signing pair; only once complete. */
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
    x2 = null;
    if (ringPedersen != null) {
      ringPedersen.destroy();
      ringPedersen = null;
    }
    if (commitment != null) {
      commitment.destroy();
    }
  }
}
