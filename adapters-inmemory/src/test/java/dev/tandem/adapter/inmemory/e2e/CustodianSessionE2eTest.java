package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.client.SignMessageService;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.EjectWalletCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairResult;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.application.wire.ProtocolMessage;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.OperationInProgressException;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.CosignerExchange;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.wiring.LoopbackCosignerChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The custodian's sessions over raw envelopes and real engine messages: verbatim replays, aborts on
 * unexpected requests, expiry, and tampered messages blamed on the right party. Freezing has its
 * own tests ({@link WalletFreezeE2eTest}).
 */
class CustodianSessionE2eTest {
  private final EmbeddedTandem tandem = SharedTandem.TANDEM;

  @Test
  void everyRequestSentTwice_getsTheSameReplyTwice_andRunsOnce() {
    EmbeddedTandem duplicating =
        new EmbeddedTandem(
            UnaryOperator.identity(),
            channel ->
                (sessionId, request) -> {
                  byte[] first = channel.exchange(sessionId, request);
                  byte[] second = channel.exchange(sessionId, request);
                  assertArrayEquals(first, second, "a verbatim repeat is answered verbatim");
                  return first;
                });
    CreateWalletResult wallet = duplicating.create("phone");
    SignMessageResult signed = duplicating.sign(wallet.share(), "twice");
    IndependentEthereum.assertSignedBy(wallet.publicKey(), signed.hash(), signed.signature());
    assertEquals(1, duplicating.pairs(wallet.walletId()).size());
  }

  @Test
  void anUnexpectedRequest_abortsTheSession_andFreesTheWallet() {
    CreateWalletResult wallet = SharedTandem.main().wallet();
    CosignerSessionId session = CosignerSessionId.random();
    openBackupSession(session, wallet.share());
    assertWalletBusy(wallet.walletId());

    byte[] unexpected =
        CosignWire.encodeRequest(new CosignRequest.ConfirmPair(wallet.walletId(), wallet.pairId()));
    byte[] reply = tandem.cosign.handle(session, unexpected);
    CosignReply.ErrorReply error =
        assertInstanceOf(CosignReply.ErrorReply.class, CosignWire.decodeReply(reply));
    assertEquals(ErrorCode.PROTOCOL_ABORTED, error.code());
    assertEquals(Party.CLIENT, error.faultyParty());
    assertArrayEquals(reply, tandem.cosign.handle(session, unexpected), "replayed verbatim");

    CosignReply.ErrorReply ended =
        (CosignReply.ErrorReply)
            CosignWire.decodeReply(
                tandem.cosign.handle(
                    session,
                    CosignWire.encodeRequest(
                        new CosignRequest.Step(
                            wallet.walletId(), ProtocolMessage.of(new byte[1])))));
    assertEquals(ErrorCode.STATE_INVALID, ended.code());
    assertWalletFree(wallet.walletId());
    assertTrue(tandem.backupShares.listByWallet(wallet.walletId()).size() == 1, "nothing stored");
  }

  @Test
  void aRequestForAnotherWallet_abortsTheSession() {
    CreateWalletResult wallet = SharedTandem.main().wallet();
    CosignerSessionId session = CosignerSessionId.random();
    openBackupSession(session, wallet.share());
    CosignReply.ErrorReply error =
        (CosignReply.ErrorReply)
            CosignWire.decodeReply(
                tandem.cosign.handle(
                    session,
                    CosignWire.encodeRequest(
                        new CosignRequest.Step(
                            WalletId.of("someone-else"), ProtocolMessage.of(new byte[1])))));
    assertEquals(ErrorCode.PROTOCOL_ABORTED, error.code());
    assertEquals(Party.CLIENT, error.faultyParty());
    assertWalletFree(wallet.walletId());
  }

  @Test
  void anIdleSession_expires_andFreesTheWallet() {
    CreateWalletResult wallet = SharedTandem.main().wallet();
    CosignerSessionId session = CosignerSessionId.random();
    openBackupSession(session, wallet.share());
    assertWalletBusy(wallet.walletId());

    tandem.clock.advance(EmbeddedTandem.SESSION_TIMEOUT.plus(Duration.ofSeconds(1)));
    CosignReply.ErrorReply gone =
        (CosignReply.ErrorReply)
            CosignWire.decodeReply(
                tandem.cosign.handle(
                    session,
                    CosignWire.encodeRequest(
                        new CosignRequest.Step(
                            wallet.walletId(), ProtocolMessage.of(new byte[1])))));
    assertEquals(ErrorCode.STATE_INVALID, gone.code());
    assertTrue(gone.message().contains("no open session"), gone.message());
    assertWalletFree(wallet.walletId());
  }

  @Test
  void tamperedEngineMessages_abortNamingTheMisbehavingParty() {
    CreateWalletResult wallet = SharedTandem.main().wallet();
    SignMessageCommand command =
        new SignMessageCommand(wallet.share(), new SignPayload.PersonalText("tampered"));

    // The client's first engine message changed in transit: the custodian's engine blames the
    // client.
    ProtocolAbortedException byCustodian =
        assertThrows(
            ProtocolAbortedException.class,
            () -> signOver(tampering(true, false)).signMessage(command));
    assertEquals(Party.CLIENT, byCustodian.faultyParty());

    // The custodian's first reply changed in transit: the client's engine blames the custodian.
    ProtocolAbortedException byClient =
        assertThrows(
            ProtocolAbortedException.class,
            () -> signOver(tampering(false, true)).signMessage(command));
    assertEquals(Party.CUSTODIAN, byClient.faultyParty());

    // An aborted signature freezes nothing: the pair signs as before.
    SignMessageResult signed = tandem.signMessage.signMessage(command);
    IndependentEthereum.assertSignedBy(wallet.publicKey(), signed.hash(), signed.signature());
  }

  @Test
  void aBackupNeverConfirmed_neitherProvisionsNorEjects() {
    AtomicBoolean swallowConfirmations = new AtomicBoolean();
    EmbeddedTandem lossy =
        new EmbeddedTandem(
            UnaryOperator.identity(),
            channel ->
                (sessionId, request) -> {
                  if (swallowConfirmations.get()
                      && CosignWire.decodeRequest(request) instanceof CosignRequest.ConfirmBackup) {
                    // The confirmation never reaches the custodian, yet the client hears "done".
                    return CosignWire.encodeReply(CosignReply.Acknowledgement.EMPTY);
                  }
                  return channel.exchange(sessionId, request);
                });
    CreateWalletResult wallet = lossy.create("phone");
    swallowConfirmations.set(true);
    EncryptedClientBackup unconfirmed = lossy.backup(wallet.share()).backup();
    swallowConfirmations.set(false);
    assertEquals(
        PairStatus.INCOMPLETE,
        lossy
            .backupShares
            .find(wallet.walletId(), unconfirmed.backupPairId())
            .orElseThrow()
            .value()
            .status());

    // The backup session still holds the wallet until it expires.
    assertFailsWith(
        ErrorCode.OPERATION_IN_PROGRESS,
        () -> lossy.provision(wallet.walletId(), unconfirmed, "tablet"));
    lossy.clock.advance(EmbeddedTandem.SESSION_TIMEOUT.plus(Duration.ofSeconds(1)));

    assertFailsWith(
        ErrorCode.STATE_INVALID, () -> lossy.provision(wallet.walletId(), unconfirmed, "tablet"));
    assertFailsWith(
        ErrorCode.STATE_INVALID,
        () -> lossy.eject.ejectWallet(new EjectWalletCommand(wallet.walletId(), unconfirmed)));
    assertEquals(1, lossy.pairs(wallet.walletId()).size(), "no pair came of it");
  }

  // --- helpers ---

  private SignMessageService signOver(UnaryOperator<CosignerChannelPort> decorator) {
    return new SignMessageService(
        tandem.clientEngine, decorator.apply(new LoopbackCosignerChannel(tandem.cosign)));
  }

  /** Flips the first byte of the first engine message of requests and/or replies. */
  private static UnaryOperator<CosignerChannelPort> tampering(boolean requests, boolean replies) {
    return channel ->
        new CosignerChannelPort() {
          private boolean requestDone;
          private boolean replyDone;

          @Override
          public byte[] exchange(CosignerSessionId sessionId, byte[] request) {
            CosignRequest decoded = CosignWire.decodeRequest(request);
            if (requests && !requestDone && decoded instanceof CosignRequest.Sign sign) {
              requestDone = true;
              request =
                  CosignWire.encodeRequest(
                      new CosignRequest.Sign(
                          sign.walletId(), sign.pairId(), flipped(sign.message())));
            }
            byte[] reply = channel.exchange(sessionId, request);
            CosignReply decodedReply = CosignWire.decodeReply(reply);
            if (replies && !replyDone && decodedReply instanceof CosignReply.EngineReply engine) {
              replyDone = true;
              reply =
                  CosignWire.encodeReply(new CosignReply.EngineReply(flipped(engine.message())));
            }
            return reply;
          }
        };
  }

  private static ProtocolMessage flipped(ProtocolMessage message) {
    byte[] bytes = message.bytes();
    bytes[0] ^= 0x01;
    return ProtocolMessage.of(bytes);
  }

  /** Opens a BACKUP session with the client engine's real first message, and leaves it open. */
  private void openBackupSession(CosignerSessionId session, ClientSigningShare share) {
    BackupSharePairId backupPairId = BackupSharePairId.random();
    byte[] first =
        firstMessage(exchange -> tandem.clientEngine.backup(share, backupPairId, exchange));
    CosignReply reply =
        CosignWire.decodeReply(
            tandem.cosign.handle(
                session,
                CosignWire.encodeRequest(
                    new CosignRequest.Backup(
                        share.walletId(),
                        share.pairId(),
                        backupPairId,
                        BackupKeyId.random(),
                        ProtocolMessage.of(first)))));
    assertInstanceOf(CosignReply.EngineReply.class, reply);
  }

  /** The first message an engine call sends; the call is then stopped. */
  private static byte[] firstMessage(Consumer<CosignerExchange> engineCall) {
    AtomicReference<byte[]> captured = new AtomicReference<>();
    final class Stop extends RuntimeException {
      private static final long serialVersionUID = 1L;
    }
    try {
      engineCall.accept(
          message -> {
            captured.set(message.clone());
            throw new Stop();
          });
    } catch (Stop expected) {
      return captured.get();
    }
    throw new AssertionError("the engine sent nothing");
  }

  private void assertWalletBusy(WalletId walletId) {
    assertThrows(
        OperationInProgressException.class,
        () -> tandem.walletLock.acquire(walletId, Duration.ofSeconds(1)));
  }

  private void assertWalletFree(WalletId walletId) {
    tandem.walletLock.release(tandem.walletLock.acquire(walletId, Duration.ofSeconds(1)));
  }
}
