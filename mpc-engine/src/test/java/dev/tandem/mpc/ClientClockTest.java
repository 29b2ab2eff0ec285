package dev.tandem.mpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CosignerExchange;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The engines through their ports, with the client's clock from {@link EngineSettings} and the
 * custodian's behind its {@link dev.tandem.domain.port.SessionRegistryPort}: a client whose clock
 * is off by more than the window or the skew has every run refused, for keygen, signing and
 * refresh; a recorded signing run played to another custodian engine sharing the registry (a
 * restarted custodian, with a durable registry) is refused and releases nothing; clocks within the
 * skew sign as before.
 */
class ClientClockTest {

  private final EngineFixtures.SigningPair wallet = EngineFixtures.wallet();
  private final WindowedSessionRegistry sessions = WindowedSessionRegistry.onSystemClock();
  private final TwoPartyEcdsaCustodianEngine custodian =
      new TwoPartyEcdsaCustodianEngine(EngineFixtures.SETTINGS, sessions);

  @Test
  void clientClockBehindByMoreThanTheWindow_getsEveryRunRefusedAsTooOld() {
    TwoPartyEcdsaClientEngine client = clientOffsetBy(Duration.ofMinutes(-6));

    assertRefusedForEveryProtocol(client, "round 1 too old");
  }

  @Test
  void clientClockAheadByMoreThanTheSkew_getsEveryRunRefusedAsFromTheFuture() {
    TwoPartyEcdsaClientEngine client = clientOffsetBy(Duration.ofMinutes(2));

    assertRefusedForEveryProtocol(client, "round 1 from the future");
  }

  @Test
  void clientClocksWithinTheSkew_signAsBefore() {
    for (Duration offset : List.of(Duration.ofMinutes(-4), Duration.ofSeconds(50))) {
      TwoPartyEcdsaClientEngine client = clientOffsetBy(offset);
      CustodianSession<SignOutcome> session = custodian.beginSign(wallet.custodian);

      client.sign(wallet.client, MessageHash.of(new byte[32]), session::respond);

      assertTrue(session.result() instanceof SignOutcome.Signed, "offset " + offset);
    }
    assertEquals(2, sessions.size());
  }

  @Test
  void recordedSigningRun_playedToAnotherCustodianEngineSharingTheRegistry_isRefused() {
    CustodianSession<SignOutcome> original = custodian.beginSign(wallet.custodian);
    List<byte[]> recorded = new ArrayList<>();
    CosignerExchange recording =
        request -> {
          recorded.add(request.clone());
          return original.respond(request);
        };
    EngineFixtures.CLIENT.sign(wallet.client, MessageHash.of(new byte[32]), recording);
    assertEquals(2, recorded.size());

    TwoPartyEcdsaCustodianEngine restarted =
        new TwoPartyEcdsaCustodianEngine(EngineFixtures.SETTINGS, sessions);
    CustodianSession<SignOutcome> replayed = restarted.beginSign(wallet.custodian);

    ProtocolAbortedException refused =
        assertThrows(ProtocolAbortedException.class, () -> replayed.respond(recorded.get(0)));
    assertEquals(Party.CLIENT, refused.faultyParty());
    assertTrue(refused.getMessage().endsWith("round 1 replayed (its session id was already used)"));
    assertThrows(ProtocolAbortedException.class, () -> replayed.respond(recorded.get(1)));
    assertFalse(replayed.isComplete());
    assertThrows(IllegalStateException.class, replayed::result);
  }

  private static TwoPartyEcdsaClientEngine clientOffsetBy(Duration offset) {
    return new TwoPartyEcdsaClientEngine(
        EngineFixtures.SETTINGS.withClock(Clock.offset(Clock.systemUTC(), offset)));
  }

  private void assertRefusedForEveryProtocol(TwoPartyEcdsaClientEngine client, String reason) {
    WalletId newWallet = WalletId.random();
    SigningSharePairId newPair = SigningSharePairId.random();
    CustodianSession<CustodianSigningShare> keygen =
        custodian.beginGenerate(newWallet, newPair);
    assertRefused(keygen, reason, () -> client.generate(newWallet, newPair, keygen::respond));

    CustodianSession<SignOutcome> signing = custodian.beginSign(wallet.custodian);
    assertRefused(
        signing,
        reason,
        () -> client.sign(wallet.client, MessageHash.of(new byte[32]), signing::respond));

    BackupSharePairId backupId = BackupSharePairId.random();
    CustodianSession<CustodianBackupShare> backup =
        custodian.beginBackup(wallet.custodian, backupId);
    assertRefused(backup, reason, () -> client.backup(wallet.client, backupId, backup::respond));

    assertEquals(0, sessions.size(), "a refusal for time records nothing");
  }

  private static void assertRefused(
      CustodianSession<?> session, String reason, Executable run) {
    ProtocolAbortedException e = assertThrows(ProtocolAbortedException.class, run);
    assertEquals(ErrorCode.PROTOCOL_ABORTED, e.code());
    assertEquals(Party.CLIENT, e.faultyParty());
    assertTrue(e.getMessage().endsWith(" request: " + reason), e.getMessage());
    assertFalse(session.isComplete());
    assertThrows(IllegalStateException.class, session::result);
  }
}
