package dev.tandem.mpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The engine's settings, and runs on executors that give it no parallelism at all. */
class EngineSettingsTest {

  @Test
  void onlyThe2048And3072BitSizesAreAccepted() {
    assertEquals(2048, EngineSettings.defaults().paillierModulusBits());
    assertEquals(3072, new EngineSettings(3072, EngineFixtures.RANDOM, Runnable::run)
        .paillierModulusBits());
    for (int bits : new int[] {1024, 2047, 2560, 4096}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> new EngineSettings(bits, EngineFixtures.RANDOM, Runnable::run));
    }
    assertThrows(NullPointerException.class, () -> new EngineSettings(null, Runnable::run));
    assertThrows(
        NullPointerException.class, () -> new EngineSettings(EngineFixtures.RANDOM, null));
  }

  @Test
  void theClockIsTheSystemsInUtc_unlessGiven() {
    assertEquals(Clock.systemUTC(), EngineSettings.defaults().clock());
    assertEquals(
        Clock.systemUTC(), new EngineSettings(EngineFixtures.RANDOM, Runnable::run).clock());
    Clock fixed = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    EngineSettings settings = new EngineSettings(3072, EngineFixtures.RANDOM, Runnable::run, fixed);
    assertSame(fixed, settings.clock());
    Clock other = Clock.offset(fixed, Duration.ofSeconds(1));
    EngineSettings moved = settings.withClock(other);
    assertSame(other, moved.clock());
    assertEquals(3072, moved.paillierModulusBits());
    assertSame(settings.random(), moved.random());
    assertSame(settings.executor(), moved.executor());
    assertThrows(NullPointerException.class, () -> settings.withClock(null));
  }

  @Test
  void aSingleThreadExecutor_neverDeadlocks() {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(120), () -> keygenSignAndBackUp(single));
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void aDirectExecutor_works() {
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> keygenSignAndBackUp(Runnable::run));
  }

  private static void keygenSignAndBackUp(Executor executor) {
    EngineSettings settings = new EngineSettings(EngineFixtures.RANDOM, executor);
    TwoPartyEcdsaClientEngine client = new TwoPartyEcdsaClientEngine(settings);
    TwoPartyEcdsaCustodianEngine custodian =
        new TwoPartyEcdsaCustodianEngine(settings, WindowedSessionRegistry.onSystemClock());
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSession<CustodianSigningShare> keygen = custodian.beginGenerate(wallet, pair);
    ClientSigningShare share = client.generate(wallet, pair, keygen::respond);
    byte[] digest = new byte[32];
    CustodianSession<SignOutcome> signing = custodian.beginSign(keygen.result());
    Signature signature = client.sign(share, MessageHash.of(digest), signing::respond);
    assertTrue(BouncyCastleEcdsa.verifies(share.publicKey(), digest, signature));
    BackupSharePairId backupId = BackupSharePairId.random();
    CustodianSession<CustodianBackupShare> backup = custodian.beginBackup(keygen.result(), backupId);
    ClientBackupShare clientBackup = client.backup(share, backupId, backup::respond);
    assertEquals(share.publicKey(), clientBackup.publicKey());
  }
}
