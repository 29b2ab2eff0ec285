package dev.tandem.adapter.inmemory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.inmemory.InMemorySessionRegistry;
import dev.tandem.application.client.SignMessageService;
import dev.tandem.application.custodian.CosignService;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.wiring.LoopbackCosignerChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A signing run recorded on the wire and played again, after a restart, to the custodian's real
 * {@link CosignService}: its first message is refused with {@code PROTOCOL_ABORTED} naming the
 * client, the rest of the run finds no session, no signature leaves, nothing is frozen, and the
 * pair goes on signing.
 *
 * <p>In memory, "after a restart" is a new custodian (new {@code CosignService}, new engine, no open
 * session) over the same repositories and the same {@link InMemorySessionRegistry} instance: that
 * stands for a durable registry. The in-memory registry itself cannot survive a real restart;
 * after one, only the timestamp check bounds a replay, which the second test shows. The AWS
 * deployment's test replays across a real restart, on the registry in S3.
 */
class ReplayE2eTest {
  private final List<RecordingChannel> recorders = new ArrayList<>();
  private final EmbeddedTandem tandem =
      new EmbeddedTandem(
          UnaryOperator.identity(),
          channel -> {
            RecordingChannel recorder = new RecordingChannel(channel);
            recorders.add(recorder);
            return recorder;
          });

  @Test
  void recordedSigningRun_playedToARestartedCustodian_isRefused_andThePairStillSigns() {
    CreateWalletResult wallet = tandem.create("phone");
    List<RecordingChannel.Recorded> run = recordSigning(wallet, "pay 1 ETH to Bob");

    CosignService restarted = tandem.restartedCustodian(tandem.sessions);
    List<CosignReply> replies = replay(restarted, run);

    CosignReply.ErrorReply refused = assertInstanceOf(CosignReply.ErrorReply.class, replies.get(0));
    assertEquals(ErrorCode.PROTOCOL_ABORTED, refused.code(), refused.message());
    assertEquals(Party.CLIENT, refused.faultyParty());
    assertTrue(
        refused.message().endsWith("round 1 replayed (its session id was already used)"),
        refused.message());
    assertNothingReleased(replies);
    assertPairStillSigns(wallet, restarted);
  }

  @Test
  void afterARealRestart_theInMemoryRegistryIsEmpty_andOnlyTheWindowRefusesTheReplay() {
    CreateWalletResult wallet = tandem.create("phone");
    List<RecordingChannel.Recorded> run = recordSigning(wallet, "pay 1 ETH to Bob");
    tandem.clock.advance(EmbeddedTandem.SESSION_TIMEOUT.plus(Duration.ofSeconds(1)));

    CosignService restarted =
        tandem.restartedCustodian(
            new InMemorySessionRegistry(
                tandem.clock, SessionWindow.of(EmbeddedTandem.SESSION_TIMEOUT)));
    List<CosignReply> replies = replay(restarted, run);

    CosignReply.ErrorReply refused = assertInstanceOf(CosignReply.ErrorReply.class, replies.get(0));
    assertEquals(ErrorCode.PROTOCOL_ABORTED, refused.code(), refused.message());
    assertEquals(Party.CLIENT, refused.faultyParty());
    assertTrue(refused.message().endsWith("round 1 too old"), refused.message());
    assertNothingReleased(replies);
    assertPairStillSigns(wallet, restarted);
  }

  /** Signs once through the recording channel; returns the requests of that run. */
  private List<RecordingChannel.Recorded> recordSigning(CreateWalletResult wallet, String text) {
    RecordingChannel recorder = recorders.get(0);
    recorder.clear();
    tandem.sign(wallet.share(), text);
    List<RecordingChannel.Recorded> run = recorder.recorded();
    assertEquals(2, run.size(), "a signing run is two requests");
    return run;
  }

  private static List<CosignReply> replay(
      CosignService custodian, List<RecordingChannel.Recorded> run) {
    List<CosignReply> replies = new ArrayList<>();
    for (RecordingChannel.Recorded request : run) {
      replies.add(
          CosignWire.decodeReply(custodian.handle(request.sessionId(), request.request().clone())));
    }
    return replies;
  }

  /** Every reply is an error: no engine message, so no signature, left the custodian. */
  private void assertNothingReleased(List<CosignReply> replies) {
    for (CosignReply reply : replies) {
      assertInstanceOf(CosignReply.ErrorReply.class, reply, "the replay got an answer: " + reply);
    }
    CosignReply.ErrorReply rest = (CosignReply.ErrorReply) replies.get(replies.size() - 1);
    assertEquals(ErrorCode.STATE_INVALID, rest.code(), rest.message());
    assertTrue(
        tandem.auditLog.events().stream().noneMatch(e -> e.type() == AuditEvent.Type.WALLET_FROZEN),
        "a replay froze the wallet");
  }

  private void assertPairStillSigns(CreateWalletResult wallet, CosignService custodian) {
    List<SigningSharePairSummary> pairs = tandem.pairs(wallet.walletId());
    assertEquals(1, pairs.size());
    assertEquals(PairStatus.COMPLETED, pairs.get(0).status());
    SignMessageService signing =
        new SignMessageService(tandem.clientEngine, new LoopbackCosignerChannel(custodian));
    SignMessageResult signed =
        signing.signMessage(
            new SignMessageCommand(
                wallet.share(), new SignPayload.PersonalText("after the replay")));
    IndependentEthereum.assertSignedBy(wallet.publicKey(), signed.hash(), signed.signature());
  }
}
