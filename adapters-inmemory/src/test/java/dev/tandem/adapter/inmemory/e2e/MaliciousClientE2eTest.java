package dev.tandem.adapter.inmemory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.mpc.internal.protocol.MaliciousSigningClient;
import dev.tandem.mpc.internal.protocol.MaliciousSigningClient.Cheat;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/**
 * The abort-oracle attack (Makriyannis–Yomtov, ePrint 2023/1234, as issue #10 found it amplified)
 * run by a client that holds legitimate shares, against the custodian's real endpoint ({@link
 * dev.tandem.application.port.in.CosignUseCase} with the real engine): it asks "is x1 at most T?"
 * with crafted signing ciphertexts, on the first pair and on fresh pairs provisioned from one
 * backup, with many sessions opened before any round 3. Every crafted round 3 must be refused
 * before decryption as the client's protocol violation; no pair and no wallet is frozen by it; so
 * every answer is the same, and the binary search for x1 ends on a wrong key.
 */
class MaliciousClientE2eTest {

  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
  private static final BigInteger Q = SECP256K1.getN();

  private final EmbeddedTandem tandem = new EmbeddedTandem();

  @Test
  void abortOracleAttack_learnsNothing_andFreezesNothing() throws Exception {
    CreateWalletResult wallet = tandem.create("attacker's phone");
    BackupWalletResult backup = tandem.backup(wallet.share());
    List<ClientSigningShare> pairs = new ArrayList<>();
    pairs.add(wallet.share());
    for (int i = 0; i < 3; i++) {
      pairs.add(tandem.provision(wallet.walletId(), backup.backup(), "fresh " + i).share());
    }

    // Many sessions on one pair opened before any round 3: each would once have been an answer.
    List<Session> open = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      open.add(openSession(pairs.get(0), Q.shiftRight(1), cheat(i)));
    }
    for (Session session : open) {
      assertRefusedAsTheClientsViolation(session.sendRound3());
    }

    // A binary search for the custodian share, x1 ≤ T ⇔ "released": to the end on the first pair,
    // and its first steps on each fresh pair (each was a fresh oracle before the fix).
    for (ClientSigningShare pair : pairs) {
      boolean first = pair == pairs.get(0);
      BigInteger low = BigInteger.ZERO;
      BigInteger high = Q.subtract(BigInteger.ONE);
      int queries = 0;
      while (low.compareTo(high) < 0 && (first || queries < 12)) {
        BigInteger threshold = low.add(high).shiftRight(1);
        Session session = openSession(pair, threshold, cheat(queries++));
        byte[] reply = session.sendRound3();
        if (assertRefusedAsTheClientsViolation(reply)) {
          high = threshold;
        } else {
          low = threshold.add(BigInteger.ONE);
        }
      }
      if (first) {
        assertEquals(256, queries, "one answer per bit");
        ECPoint q1 = MaliciousSigningClient.custodianPoint(pair);
        assertNotEquals(
            q1, SECP256K1.getG().multiply(low).normalize(), "the search found the custodian share");
      }
    }

    // Nothing was frozen: every pair is still COMPLETED, still signs, and the audit log shows no
    // freeze.
    for (SigningSharePairSummary summary : tandem.pairs(wallet.walletId())) {
      assertEquals(PairStatus.COMPLETED, summary.status(), summary.pairId().toString());
    }
    for (ClientSigningShare pair : pairs) {
      assertTrue(tandem.sign(pair, "still mine").signature().s().signum() > 0);
    }
    assertTrue(
        tandem.auditLog.events().stream()
            .noneMatch(event -> event.type() == AuditEvent.Type.WALLET_FROZEN),
        "a crafted ciphertext froze something");
  }

  /** A malicious client's signing session, opened up to round 2 on the real endpoint. */
  private final class Session {
    final CosignerSessionId id;
    final ClientSigningShare share;
    final MaliciousSigningClient client;
    final byte[] round2;

    Session(
        CosignerSessionId id, ClientSigningShare share, MaliciousSigningClient client,
        byte[] round2) {
      this.id = id;
      this.share = share;
      this.client = client;
      this.round2 = round2;
    }

    byte[] sendRound3() throws Exception {
      return tandem.cosign.handle(
          id,
          CosignWire.encodeRequest(
              new CosignRequest.Step(share.walletId(), ProtocolMessage.of(client.round3(round2)))));
    }
  }

  /** The cheats in turn, starting with one whose honest proof the replaying cheat reuses. */
  private static Cheat cheat(int i) {
    return List.of(
            Cheat.HONEST_PROOF_OF_ANOTHER_CIPHERTEXT,
            Cheat.PROVE_THE_CRAFTED_WITNESS,
            Cheat.REPLAYED_PROOF,
            Cheat.REPLAYED_PROOF)
        .get(i % 4);
  }

  private Session openSession(ClientSigningShare share, BigInteger threshold, Cheat cheat)
      throws Exception {
    byte[] digest = new byte[32];
    tandem.random.nextBytes(digest);
    MaliciousSigningClient client =
        new MaliciousSigningClient(
            share,
            digest,
            threshold,
            cheat,
            tandem.random,
            EmbeddedTandem.ENGINE.executor(),
            tandem.clock);
    CosignerSessionId id = CosignerSessionId.random();
    byte[] reply =
        tandem.cosign.handle(
            id,
            CosignWire.encodeRequest(
                new CosignRequest.Sign(
                    share.walletId(), share.pairId(), ProtocolMessage.of(client.round1()))));
    CosignReply.EngineReply round2 =
        assertInstanceOf(CosignReply.EngineReply.class, CosignWire.decodeReply(reply));
    return new Session(id, share, client, round2.message().bytes());
  }

  /**
   * The custodian's answer to a crafted round 3: an abort naming the client, never a signature.
   * Returns true (the attacker reads it as "the signature was refused").
   */
  private static boolean assertRefusedAsTheClientsViolation(byte[] reply) {
    CosignReply.ErrorReply error =
        assertInstanceOf(CosignReply.ErrorReply.class, CosignWire.decodeReply(reply));
    assertEquals(ErrorCode.PROTOCOL_ABORTED, error.code(), error.message());
    assertEquals(Party.CLIENT, error.faultyParty());
    // Refused at decoding (a response too large to be in range) or by a check of the proof.
    assertTrue(
        error.message().contains("sign proof") || error.message().contains("exceeds"),
        error.message());
    return true;
  }
}
