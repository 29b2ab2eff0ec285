package dev.tandem.mpc.internal.protocol;

import dev.tandem.domain.model.Party;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.SchnorrProof;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The custodian's (P1's) state machine for key generation, PROTOCOL.md §3: answers round 1 with
 * round 2 and round 3 with round 4.
 *
 * <p>Round 1 is checked first: wallet and pair ids must be the ones this session was opened for,
 * the session registry must admit its session id and time (PROTOCOL.md §1), and the client's
 * Π^prm must verify before the custodian proves anything against those
 * parameters. The Paillier key (two primes, in parallel) is generated meanwhile. Round 3 must open
 * the round-1 commitment to a valid Q2 with a valid Schnorr proof. The output is the custodian's
 * signing share.
 */
public final class CustodianKeygen extends StateMachine {

  private enum Expect {
    COMMITMENT,
    OPENING,
    DONE
  }

  private final String walletId;
  private final String pairId;
  private final int modulusBits;
  private final SecureRandom random;
  private final Executor executor;
  private final SessionRegistryPort sessions;
  private final PartyIds ids = PartyIds.keygen();

  private Expect expect = Expect.COMMITMENT;
  private SessionId sessionId;
  private byte[] binding;
  private byte[] commitment;
  private RingPedersenParameters clientRingPedersen;
  private BigInteger x1;
  private ECPoint q1;
  private PaillierSecretKey paillier;
  private CustodianKeyProofs.Proven proven;
  private CustodianShareMaterial output;

  /**
   * @param modulusBits the size of the Paillier modulus to generate (2048 or 3072)
   * @param sessions admits round 1 once, if its time is acceptable
   */
  public CustodianKeygen(
      String walletId,
      String pairId,
      int modulusBits,
      SecureRandom random,
      Executor executor,
      SessionRegistryPort sessions) {
    super(Party.CUSTODIAN, Protocols.KEYGEN);
    this.walletId = Wire.requireId(walletId, "walletId");
    this.pairId = Wire.requireId(pairId, "pairId");
    this.modulusBits = requireModulusBits(modulusBits);
    this.random = Objects.requireNonNull(random, "random");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  static int requireModulusBits(int modulusBits) {
    if (modulusBits < PaillierPublicKey.MINIMUM_MODULUS_BITS
        || modulusBits > PaillierPublicKey.MAXIMUM_MODULUS_BITS
        || modulusBits % 2 != 0) {
      throw new IllegalArgumentException("unsupported Paillier modulus size: " + modulusBits);
    }
    return modulusBits;
  }

  /** Answers the client's next request. */
  public synchronized byte[] respond(byte[] request) {
    return step(
        "request",
        () -> {
          switch (expect) {
            case COMMITMENT:
              return onCommitment(KeygenRound1Commitment.fromBytes(request));
            case OPENING:
              return onOpening(KeygenRound3Opening.fromBytes(request));
            default:
              throw new IllegalStateException("no request expected");
          }
        });
  }

  private byte[] onCommitment(KeygenRound1Commitment message) throws GeneralSecurityException {
    if (!message.walletId().equals(walletId) || !message.pairId().equals(pairId)) {
      throw violation("the client's wallet or pair id is not the one this session is for");
    }
    SessionAdmission.require(sessions, message.sessionId(), message.issuedAt());
    sessionId = message.sessionId();
    binding = SessionBinding.keygen(sessionId, message.issuedAt(), walletId, pairId);
    commitment = message.commitment();
    PaillierKeyInBackground key = new PaillierKeyInBackground(modulusBits, random, executor);
    try {
      Futures.check(
          "ring-Pedersen parameters proof",
          () -> {
            message
                .ringPedersenProof()
                .verify(
                    context(1, binding, ids.client(), ids.custodian()),
                    message.ringPedersen(),
                    executor);
            return null;
          });
    } catch (GeneralSecurityException e) {
      key.discard();
      throw e;
    }
    clientRingPedersen = message.ringPedersen();
    x1 = Secp256k1.randomScalar(random);
    q1 = Secp256k1.multiplyBase(x1);
    SchnorrProof schnorr =
        SchnorrProof.prove(context(2, binding, ids.custodian(), ids.client()), x1, random);
    paillier = key.join();
    proven =
        CustodianKeyProofs.prove(
            context(2, binding, ids.custodian(), ids.client()),
            paillier,
            clientRingPedersen,
            x1,
            q1,
            random,
            executor);
    expect = Expect.OPENING;
    return new KeygenRound2CustodianKey(sessionId, q1, schnorr, proven.proofs).toBytes();
  }

  private byte[] onOpening(KeygenRound3Opening message) throws GeneralSecurityException {
    if (!sessionId.equals(message.sessionId())) {
      throw violation("wrong session id");
    }
    ECPoint q2 = message.q2();
    HashCommitment.verifyOpening(
        commitment,
        Protocols.KEYGEN_COMMITMENT_TAG,
        binding,
        ids.client(),
        Wire.pointAndProof(q2, message.proof()),
        message.randomness());
    Futures.check(
        "client key proof",
        () -> {
          message.proof().verify(context(3, binding, ids.client(), ids.custodian()), q2);
          return null;
        });
    ECPoint publicKey = Secp256k1.add(q1, q2);
    if (publicKey.isInfinity()) {
      throw violation("Q1 + Q2 is the point at infinity");
    }
    output =
        new CustodianShareMaterial(
            walletId,
            pairId,
            PairKind.SIGNING,
            x1,
            paillier,
            proven.proofs.ckey,
            proven.ringPedersen,
            q1,
            q2,
            clientRingPedersen);
    x1 = null;
    paillier = null;
    proven = null;
    expect = Expect.DONE;
    markComplete();
    return new KeygenRound4Confirmation(sessionId, publicKey).toBytes();
  }

  /** The custodian's share of the new signing pair; only once complete. */
  public synchronized CustodianShareMaterial output() {
    requireComplete();
    return output;
  }

  @Override
  void forgetSecrets() {
    x1 = null;
    if (paillier != null) {
      paillier.destroy();
      paillier = null;
    }
    if (proven != null) {
      proven.ringPedersen.destroy();
      proven = null;
    }
  }
}
