package dev.tandem.mpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.mpc.internal.protocol.SessionId;
import dev.tandem.mpc.internal.protocol.SignRound4Signature;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

/** Two-party signing (PROTOCOL.md §4), checked by Bouncy Castle. */
class TwoPartySigningTest {

  private final EngineFixtures.SigningPair wallet = EngineFixtures.wallet();

  @Test
  void thousandSignatures_verifyWithBouncyCastle_recoverToQ_andAreLowS() {
    PublicKey publicKey = wallet.client.publicKey();
    ECPoint q = BouncyCastleEcdsa.point(publicKey);
    for (int i = 0; i < 1000; i++) {
      byte[] digest = new byte[32];
      EngineFixtures.RANDOM.nextBytes(digest);
      CustodianSession<SignOutcome> session = EngineFixtures.CUSTODIAN.beginSign(wallet.custodian);
      Signature signature =
          EngineFixtures.CLIENT.sign(wallet.client, MessageHash.of(digest), session::respond);

      assertTrue(BouncyCastleEcdsa.verifies(publicKey, digest, signature), "BC rejects #" + i);
      assertEquals(q, BouncyCastleEcdsa.recover(digest, signature), "recovery #" + i);
      assertTrue(signature.s().compareTo(Curve.SECP256K1.order().shiftRight(1)) <= 0);
      assertEquals(Curve.SECP256K1, signature.curve());
      assertTrue(session.isComplete());
      assertEquals(
          new SignOutcome.Signed(MessageHash.of(digest), signature), session.result());
    }
  }

  @Test
  void partiesInSeparateThreads_exchangeOnlyBytesThroughQueues() throws Exception {
    BlockingQueue<byte[]> toCustodian = new LinkedBlockingQueue<>();
    BlockingQueue<byte[]> toClient = new LinkedBlockingQueue<>();
    WalletId walletId = WalletId.random();
    SigningSharePairId pairId = SigningSharePairId.random();
    BackupSharePairId backupId = BackupSharePairId.random();
    int signatures = 5;

    CompletableFuture<List<SignOutcome>> custodianThread =
        CompletableFuture.supplyAsync(
            () -> {
              TwoPartyEcdsaCustodianEngine engine = EngineFixtures.CUSTODIAN;
              CustodianSigningShare share =
                  serve(engine.beginGenerate(walletId, pairId), toCustodian, toClient);
              List<SignOutcome> outcomes = new ArrayList<>();
              for (int i = 0; i < signatures; i++) {
                outcomes.add(serve(engine.beginSign(share), toCustodian, toClient));
              }
              CustodianBackupShare backup =
                  serve(engine.beginBackup(share, backupId), toCustodian, toClient);
              assertEquals(share.publicKey(), backup.publicKey());
              return outcomes;
            });

    ClientSigningShare share =
        EngineFixtures.CLIENT.generate(walletId, pairId, request -> relay(request, toCustodian, toClient));
    List<Signature> signed = new ArrayList<>();
    List<byte[]> digests = new ArrayList<>();
    for (int i = 0; i < signatures; i++) {
      byte[] digest = new byte[32];
      EngineFixtures.RANDOM.nextBytes(digest);
      digests.add(digest);
      signed.add(
          EngineFixtures.CLIENT.sign(
              share, MessageHash.of(digest), request -> relay(request, toCustodian, toClient)));
    }
    ClientBackupShare backup =
        EngineFixtures.CLIENT.backup(
            share, backupId, request -> relay(request, toCustodian, toClient));

    List<SignOutcome> outcomes = custodianThread.get(120, TimeUnit.SECONDS);
    for (int i = 0; i < signatures; i++) {
      assertTrue(BouncyCastleEcdsa.verifies(share.publicKey(), digests.get(i), signed.get(i)));
      assertEquals(new SignOutcome.Signed(MessageHash.of(digests.get(i)), signed.get(i)),
          outcomes.get(i));
    }
    assertEquals(share.publicKey(), backup.publicKey());
  }

  @Test
  void tamperedCiphertext_isRefusedBeforeAnythingDependsOnIt_andReleasesNothing() {
    // Before the proof of c3 (PROTOCOL.md §2.2), a c3 that was still a valid ciphertext reached the
    // final signature check, whose outcome was an oracle on x1. Now every change of c3 or of its
    // proof is an abort naming the client, before decryption matters, and no outcome is recorded.
    byte[] digest = new byte[32];
    EngineFixtures.RANDOM.nextBytes(digest);
    for (int offset : new int[] {1, 600, 1500}) {
      CustodianSession<SignOutcome> session = EngineFixtures.CUSTODIAN.beginSign(wallet.custodian);
      int[] requests = {0};
      ProtocolAbortedException e =
          assertThrows(
              ProtocolAbortedException.class,
              () ->
                  EngineFixtures.CLIENT.sign(
                      wallet.client,
                      MessageHash.of(digest),
                      request -> {
                        byte[] sent = request;
                        if (++requests[0] == 2) {
                          // Round 3 is ... c3 ‖ proof of c3: change a byte counted from the end.
                          sent = request.clone();
                          sent[sent.length - offset] ^= 0x01;
                        }
                        return session.respond(sent);
                      }));
      assertEquals(Party.CLIENT, e.faultyParty());
      assertFalse(session.isComplete());
      assertThrows(IllegalStateException.class, session::result);
      assertFalse(e.getMessage().contains("0x"));
    }
  }

  @Test
  void aRefusedSignature_isReportedAsAFrozenWallet_andNeverReturned() {
    // The custodian withholds a signature that fails its own verification (a custodian fault,
    // PROTOCOL.md §4 step 4 and §6); the client then reports the key frozen.
    byte[] digest = new byte[32];
    CustodianSession<SignOutcome> session = EngineFixtures.CUSTODIAN.beginSign(wallet.custodian);
    int[] requests = {0};
    WalletFrozenException e =
        assertThrows(
            WalletFrozenException.class,
            () ->
                EngineFixtures.CLIENT.sign(
                    wallet.client,
                    MessageHash.of(digest),
                    request -> {
                      byte[] reply = session.respond(request);
                      if (++requests[0] == 2) {
                        return SignRound4Signature.refused(sessionIdOf(reply)).toBytes();
                      }
                      return reply;
                    }));
    assertEquals(ErrorCode.WALLET_FROZEN, e.code());
  }

  @Test
  void aRecordedRunReplayedIntoANewSession_isRefusedAtItsFirstMessage() {
    byte[] digest = new byte[32];
    List<byte[]> requests = new ArrayList<>();
    CustodianSession<SignOutcome> original = EngineFixtures.CUSTODIAN.beginSign(wallet.custodian);
    EngineFixtures.CLIENT.sign(
        wallet.client,
        MessageHash.of(digest),
        request -> {
          requests.add(request.clone());
          return original.respond(request);
        });
    CustodianSession<SignOutcome> replayed = EngineFixtures.CUSTODIAN.beginSign(wallet.custodian);
    ProtocolAbortedException e =
        assertThrows(ProtocolAbortedException.class, () -> replayed.respond(requests.get(0)));
    assertEquals(Party.CLIENT, e.faultyParty());
    assertThrows(ProtocolAbortedException.class, () -> replayed.respond(requests.get(1)));
    assertThrows(IllegalStateException.class, replayed::result);
  }

  private static SessionId sessionIdOf(byte[] round4) {
    try {
      return SignRound4Signature.fromBytes(round4).sessionId();
    } catch (GeneralSecurityException e) {
      throw new AssertionError("not a round-4 message", e);
    }
  }

  private static <R> R serve(
      CustodianSession<R> session, BlockingQueue<byte[]> in, BlockingQueue<byte[]> out) {
    try {
      while (!session.isComplete()) {
        byte[] request = in.poll(120, TimeUnit.SECONDS);
        if (request == null) {
          throw new IllegalStateException("no request from the client");
        }
        out.put(session.respond(request));
      }
      return session.result();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] relay(byte[] request, BlockingQueue<byte[]> out, BlockingQueue<byte[]> in) {
    try {
      out.put(request.clone());
      byte[] reply = in.poll(120, TimeUnit.SECONDS);
      if (reply == null) {
        throw new IllegalStateException("no reply from the custodian");
      }
      return reply;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
