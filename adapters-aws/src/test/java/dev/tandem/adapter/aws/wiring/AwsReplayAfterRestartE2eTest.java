package dev.tandem.adapter.aws.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.aws.LocalAws;
import dev.tandem.adapter.objectstore.ObjectStoreSessionRegistry;
import dev.tandem.application.client.SignMessageService;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ListSigningSharePairsCommand;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.wiring.LoopbackCosignerChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing run recorded on the wire and played again after the custodian restarted: the AWS
 * component is stopped and a new one started on the same bucket and prefix, so nothing of the first
 * survives but what S3 holds. The replayed first message is refused by the real {@code
 * CosignUseCase} with {@code PROTOCOL_ABORTED} naming the client, because the session registry's
 * object for that run is still in the bucket; the rest of the run finds no session, no signature
 * leaves, nothing is frozen, and the pair signs again afterwards.
 */
class AwsReplayAfterRestartE2eTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String PREFIX = "replay/tandem";

  private record Recorded(CosignerSessionId sessionId, byte[] request) {}

  @Test
  void recordedSigningRun_playedAfterARestart_isRefused_andThePairStillSigns() {
    String bucket = AWS.newBucket(true);
    AwsTandemConfig config = AWS.configBuilder(bucket, AWS.kmsKeyId()).keyPrefix(PREFIX).build();

    // Before the restart: a wallet, and one signing run recorded on its way to the custodian.
    AwsTandemTestComponent before = DaggerAwsTandemTestComponent.factory().create(config);
    CreateWalletResult wallet =
        before
            .createWallet()
            .createWallet(
                CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
    List<Recorded> recorded = new ArrayList<>();
    CosignerChannelPort loopback = new LoopbackCosignerChannel(before.cosign());
    CosignerChannelPort recording =
        (sessionId, request) -> {
          recorded.add(new Recorded(sessionId, request.clone()));
          return loopback.exchange(sessionId, request);
        };
    SignMessageResult original =
        new SignMessageService(before.clientEngine(), recording)
            .signMessage(
                new SignMessageCommand(wallet.share(), new SignPayload.PersonalText("pay Bob")));
    assertTrue(
        before
            .signatureVerifier()
            .verifies(wallet.publicKey(), original.hash(), original.signature()));
    assertEquals(2, recorded.size(), "a signing run is two requests");
    List<String> admittedBefore = sessionObjects(bucket);
    assertEquals(2, admittedBefore.size(), "keygen and signing: " + admittedBefore);
    before.s3().close();
    before.kms().close();

    // After the restart: a new component, the same bucket and prefix.
    AwsTandemTestComponent after = DaggerAwsTandemTestComponent.factory().create(config);
    try {
      List<CosignReply> replies = new ArrayList<>();
      for (Recorded request : recorded) {
        replies.add(
            CosignWire.decodeReply(after.cosign().handle(request.sessionId(), request.request())));
      }

      CosignReply.ErrorReply refused =
          assertInstanceOf(CosignReply.ErrorReply.class, replies.get(0));
      assertEquals(ErrorCode.PROTOCOL_ABORTED, refused.code(), refused.message());
      assertEquals(Party.CLIENT, refused.faultyParty());
      assertTrue(
          refused.message().endsWith("round 1 replayed (its session id was already used)"),
          refused.message());
      for (CosignReply reply : replies) {
        assertInstanceOf(CosignReply.ErrorReply.class, reply, "the replay got an answer");
      }
      assertEquals(ErrorCode.STATE_INVALID, ((CosignReply.ErrorReply) replies.get(1)).code());
      assertEquals(admittedBefore, sessionObjects(bucket), "the refused replay wrote nothing");

      // Nothing was frozen: the pair is COMPLETED and signs through the restarted custodian.
      List<SigningSharePairSummary> pairs =
          after
              .listSigningSharePairs()
              .listSigningSharePairs(new ListSigningSharePairsCommand(wallet.walletId()))
              .pairs();
      assertEquals(1, pairs.size());
      assertEquals(PairStatus.COMPLETED, pairs.get(0).status());
      SignMessageResult again =
          after
              .signMessage()
              .signMessage(
                  new SignMessageCommand(
                      wallet.share(), new SignPayload.PersonalText("after the replay")));
      assertTrue(
          after.signatureVerifier().verifies(wallet.publicKey(), again.hash(), again.signature()));
      assertEquals(3, sessionObjects(bucket).size());
    } finally {
      after.s3().close();
      after.kms().close();
    }
  }

  /** The session registry's objects in the bucket. */
  private static List<String> sessionObjects(String bucket) {
    String folder = PREFIX + "/" + ObjectStoreSessionRegistry.FOLDER;
    return AWS.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(folder)).contents().stream()
        .map(o -> o.key())
        .sorted()
        .toList();
  }
}
