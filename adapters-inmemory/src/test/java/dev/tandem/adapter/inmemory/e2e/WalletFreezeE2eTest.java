package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.EjectWalletCommand;
import dev.tandem.application.port.in.EjectWalletResult;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairResult;
import dev.tandem.application.port.in.RotateBackupKeyCommand;
import dev.tandem.application.port.in.RotateBackupKeyResult;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.secret.ClientSigningShare;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A signature that fails the custodian's final verification freezes the whole wallet (issue: a
 * malicious client used "did the signature verify" as an oracle on the custodian's share, across
 * pairs provisioned from one backup). Forced here by {@link SabotagedSigning}, which turns the real
 * engine's released signature into a verification failure.
 */
class WalletFreezeE2eTest {
  /** A deployment whose custodian engine fails signatures on demand. */
  private static final class Sabotaged {
    final SabotagedSigning engine;
    final EmbeddedTandem tandem;

    Sabotaged(
        EmbeddedTandem.Storage storage,
        CosignSettings settings,
        UnaryOperator<CosignerChannelPort> channel) {
      AtomicReference<SabotagedSigning> made = new AtomicReference<>();
      this.tandem =
          new EmbeddedTandem(
              storage,
              settings,
              real -> {
                made.set(new SabotagedSigning(real));
                return made.get();
              },
              channel);
      this.engine = made.get();
    }

    Sabotaged() {
      this(
          new EmbeddedTandem.Storage(),
          new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT),
          UnaryOperator.identity());
    }

    /** A signature with {@code share} that fails verification: the error the client gets. */
    TandemException failedSignature(ClientSigningShare share) {
      engine.sabotage.set(true);
      try {
        return assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.sign(share, "probe"));
      } finally {
        engine.sabotage.set(false);
      }
    }
  }

  @Test
  void aSignatureFailingVerification_freezesEveryPairAndBackupOfTheWallet_andNoOtherWallet() {
    Sabotaged sabotaged = new Sabotaged();
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    ProvisionWalletResult tablet = tandem.provision(wallet.walletId(), backup, "tablet");
    CreateWalletResult other = tandem.create("someone else's phone");
    EncryptedClientBackup otherBackup = tandem.backup(other.share()).backup();

    TandemException failure = sabotaged.failedSignature(wallet.share());

    assertInstanceOf(WalletFrozenException.class, failure);
    assertTrue(
        failure.getMessage().contains("failed its final verification"), failure.getMessage());
    WalletId frozen = wallet.walletId();
    // Every pair and backup record is frozen; the signing shares are gone, the backup share kept.
    for (Versioned<CustodianSigningShareRecord> pair : tandem.signingShares.listByWallet(frozen)) {
      assertEquals(PairStatus.FROZEN, pair.value().status(), pair.value().toString());
      assertTrue(pair.value().share().isEmpty(), "the custodian share of a frozen pair is gone");
    }
    assertEquals(2, tandem.signingShares.listByWallet(frozen).size());
    CustodianBackupShareRecord frozenBackup = onlyBackup(tandem, frozen);
    assertEquals(PairStatus.FROZEN, frozenBackup.status());
    assertEquals(
        List.of(PairStatus.FROZEN, PairStatus.FROZEN),
        tandem.pairs(frozen).stream().map(SigningSharePairSummary::status).toList());
    // Durably, naming the pair whose signature failed; audited once.
    WalletFreeze marker = tandem.walletFreezes.find(frozen).orElseThrow();
    assertEquals(wallet.pairId(), marker.pairId());
    List<AuditEvent> freezes = eventsOf(tandem, AuditEvent.Type.WALLET_FROZEN);
    assertEquals(1, freezes.size());
    assertEquals(frozen, freezes.get(0).walletId());
    assertEquals(wallet.pairId(), freezes.get(0).pairId());
    assertEquals(1, sabotaged.engine.failures.get());

    // Every pair refuses to sign; backup, provisioning and recovery are refused.
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.sign(wallet.share(), "again"));
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.sign(tablet.share(), "other pair"));
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.backup(tablet.share()));
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.provision(frozen, backup, "laptop"));
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.recover(frozen, backup, "new phone"));
    assertEquals(1, sabotaged.engine.failures.get(), "no other signature reached the engine");
    assertEquals(2, tandem.pairs(frozen).size(), "no pair was added");

    // The other wallet is untouched.
    assertTrue(tandem.walletFreezes.find(other.walletId()).isEmpty());
    SignMessageResult signed = tandem.sign(other.share(), "still signs");
    IndependentEthereum.assertSignedBy(other.publicKey(), signed.hash(), signed.signature());
    ProvisionWalletResult otherTablet = tandem.provision(other.walletId(), otherBackup, "tablet");
    tandem.backup(otherTablet.share());
    assertTrue(
        tandem.pairs(other.walletId()).stream()
            .allMatch(pair -> pair.status() == PairStatus.COMPLETED));

    // Revocation still works and a frozen pair stays frozen.
    RevokeSigningSharePairResult revoked =
        tandem.revoke.revokeSigningSharePair(
            new RevokeSigningSharePairCommand(frozen, tablet.pairId()));
    assertEquals(PairStatus.FROZEN, revoked.status());
  }

  @Test
  void aFrozenWallet_canStillBeEjectedByItsOwner_afterRotatingItsBackupKey() {
    Sabotaged sabotaged = new Sabotaged();
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    sabotaged.failedSignature(wallet.share());

    RotateBackupKeyResult rotated =
        tandem.rotateBackupKey.rotateBackupKey(
            new RotateBackupKeyCommand(IdempotencyKey.random(), wallet.walletId(), backup));
    EjectWalletResult ejected =
        tandem.eject.ejectWallet(new EjectWalletCommand(wallet.walletId(), rotated.backup()));

    IndependentEthereum.assertPrivateKeyOf(
        wallet.publicKey(), ejected.privateKey().scalar().revealCopy());
    ejected.destroy();
    assertEquals(PairStatus.FROZEN, onlyBackup(tandem, wallet.walletId()).status());
    assertEquals(1, eventsOf(tandem, AuditEvent.Type.PRIVATE_KEY_EXPORTED).size());
    assertFailsWith(
        ErrorCode.WALLET_FROZEN,
        () -> tandem.provision(wallet.walletId(), rotated.backup(), "tablet"));
  }

  @Test
  void aFreezeWhoseWritesFail_stillRefusesTheWallet_andLandsWhenARequestRetriesIt() {
    ControlledStorage storage = new ControlledStorage();
    Sabotaged sabotaged =
        new Sabotaged(
            storage.storage,
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT)
                .withFreezeRetryDelay(Duration.ofHours(1)),
            UnaryOperator.identity());
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    WalletId walletId = wallet.walletId();

    storage.writesFail.set(true);
    sabotaged.failedSignature(wallet.share());

    // Nothing in storage: no marker, records as they were. (The audit log, which is up, has the
    // event: each step lands on its own.)
    assertTrue(tandem.walletFreezes.find(walletId).isEmpty());
    assertEquals(PairStatus.COMPLETED, onlyPair(tandem, walletId).status());
    assertEquals(PairStatus.COMPLETED, onlyBackup(tandem, walletId).status());
    assertEquals(1, eventsOf(tandem, AuditEvent.Type.WALLET_FROZEN).size());
    // Yet this custodian refuses the wallet, and lists it frozen.
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.sign(wallet.share(), "again"));
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.provision(walletId, backup, "tablet"));
    assertEquals(PairStatus.FROZEN, tandem.pairs(walletId).get(0).status());
    // Only this process knows: a custodian started on the storage now would serve the wallet.
    EmbeddedTandem beforeTheWriteLands = EmbeddedTandem.restartedOn(tandem);
    beforeTheWriteLands.sign(wallet.share(), "unfrozen elsewhere");

    // Storage is back: the next request touching the wallet writes the freeze.
    storage.writesFail.set(false);
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.sign(wallet.share(), "retry"));

    assertEquals(wallet.pairId(), tandem.walletFreezes.find(walletId).orElseThrow().pairId());
    assertEquals(PairStatus.FROZEN, onlyPair(tandem, walletId).status());
    assertEquals(PairStatus.FROZEN, onlyBackup(tandem, walletId).status());
    assertEquals(1, eventsOf(tandem, AuditEvent.Type.WALLET_FROZEN).size(), "audited once");
    assertRefusedAfterARestart(tandem, wallet, backup);
  }

  @Test
  void aFreezeWhoseWritesFail_landsInTheBackground_withoutAnyFurtherRequest()
      throws InterruptedException {
    ControlledStorage storage = new ControlledStorage();
    Sabotaged sabotaged =
        new Sabotaged(
            storage.storage,
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT)
                .withFreezeRetryDelay(Duration.ofMillis(20)),
            UnaryOperator.identity());
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();

    storage.writesFail.set(true);
    sabotaged.failedSignature(wallet.share());
    // The background retry keeps failing while storage is down (several delays pass).
    Thread.sleep(200);
    assertTrue(tandem.walletFreezes.find(wallet.walletId()).isEmpty());

    storage.writesFail.set(false);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (onlyBackup(tandem, wallet.walletId()).status() != PairStatus.FROZEN
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }

    assertTrue(tandem.walletFreezes.find(wallet.walletId()).isPresent(), "the marker landed");
    assertEquals(PairStatus.FROZEN, onlyPair(tandem, wallet.walletId()).status());
    assertEquals(PairStatus.FROZEN, onlyBackup(tandem, wallet.walletId()).status());
    assertRefusedAfterARestart(tandem, wallet, backup);
  }

  @Test
  void aProvisioningUnderWayWhenTheWalletFreezes_yieldsNoUsablePair() {
    Sabotaged sabotaged = new Sabotaged();
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    List<SigningSharePairId> stored = new ArrayList<>();

    // The custodian has stored the new pair INCOMPLETE; the wallet freezes before the client
    // confirms it.
    assertFailsWith(
        ErrorCode.WALLET_FROZEN,
        () ->
            tandem.provisionWallet.provisionWallet(
                new ProvisionWalletCommand(
                    IdempotencyKey.random(), wallet.walletId(), backup, "tablet"),
                share -> {
                  stored.add(share.pairId());
                  sabotaged.failedSignature(wallet.share());
                },
                ProgressListener.IGNORE));

    CustodianSigningShareRecord tablet =
        tandem.signingShares.find(wallet.walletId(), stored.get(0)).orElseThrow().value();
    assertEquals(PairStatus.FROZEN, tablet.status());
    assertTrue(tablet.share().isEmpty());
  }

  @Test
  void aPairCompletedRightAsTheWalletFreezes_isFrozenWithTheRest() {
    ControlledStorage storage = new ControlledStorage();
    Sabotaged sabotaged =
        new Sabotaged(
            storage.storage,
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT),
            UnaryOperator.identity());
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    List<CustodianSigningShareRecord> completed = new ArrayList<>();

    // The provisioning's only replace is its confirmation: it passes its check, marks the pair
    // COMPLETED, and the wallet freezes right then. The check that follows the write catches it.
    storage.afterNextReplace.set(
        record -> {
          completed.add((CustodianSigningShareRecord) record);
          sabotaged.failedSignature(wallet.share());
        });
    assertFailsWith(
        ErrorCode.WALLET_FROZEN, () -> tandem.provision(wallet.walletId(), backup, "tablet"));

    assertEquals(PairStatus.COMPLETED, completed.get(0).status());
    CustodianSigningShareRecord tablet =
        tandem
            .signingShares
            .find(wallet.walletId(), completed.get(0).pairId())
            .orElseThrow()
            .value();
    assertEquals(PairStatus.FROZEN, tablet.status());
    assertTrue(tablet.share().isEmpty());
  }

  @Test
  void aBackupUnderWayWhenTheWalletFreezes_neverCompletes() {
    AtomicReference<Runnable> beforeConfirming = new AtomicReference<>();
    Sabotaged sabotaged =
        new Sabotaged(
            new EmbeddedTandem.Storage(),
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT),
            channel ->
                (sessionId, request) -> {
                  if (CosignWire.decodeRequest(request) instanceof CosignRequest.ConfirmBackup) {
                    Runnable hook = beforeConfirming.getAndSet(null);
                    if (hook != null) {
                      hook.run();
                    }
                  }
                  return channel.exchange(sessionId, request);
                });
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup first = tandem.backup(wallet.share()).backup();

    beforeConfirming.set(() -> sabotaged.failedSignature(wallet.share()));
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.backup(wallet.share()));

    List<PairStatus> backups =
        tandem.backupShares.listByWallet(wallet.walletId()).stream()
            .map(record -> record.value().status())
            .toList();
    // The first backup frozen with the wallet, the second never completed.
    assertEquals(List.of(PairStatus.FROZEN, PairStatus.INCOMPLETE), backups);
    assertFailsWith(
        ErrorCode.WALLET_FROZEN, () -> tandem.provision(wallet.walletId(), first, "tablet"));
  }

  @Test
  void aBackupCompletedRightAsTheWalletFreezes_isFrozenWithTheRest() {
    ControlledStorage storage = new ControlledStorage();
    Sabotaged sabotaged =
        new Sabotaged(
            storage.storage,
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT),
            UnaryOperator.identity());
    EmbeddedTandem tandem = sabotaged.tandem;
    CreateWalletResult wallet = tandem.create("phone");
    List<CustodianBackupShareRecord> completed = new ArrayList<>();

    // The backup's only replace is its completion; the wallet freezes right after it.
    storage.afterNextReplace.set(
        record -> {
          completed.add((CustodianBackupShareRecord) record);
          sabotaged.failedSignature(wallet.share());
        });
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> tandem.backup(wallet.share()));

    assertEquals(PairStatus.COMPLETED, completed.get(0).status());
    assertEquals(PairStatus.FROZEN, onlyBackup(tandem, wallet.walletId()).status());
  }

  /** A custodian started afresh on the storage refuses the wallet: the freeze is durable. */
  private static void assertRefusedAfterARestart(
      EmbeddedTandem tandem, CreateWalletResult wallet, EncryptedClientBackup backup) {
    EmbeddedTandem restarted = EmbeddedTandem.restartedOn(tandem);
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> restarted.sign(wallet.share(), "after restart"));
    assertFailsWith(
        ErrorCode.WALLET_FROZEN, () -> restarted.provision(wallet.walletId(), backup, "tablet"));
    assertFailsWith(ErrorCode.WALLET_FROZEN, () -> restarted.backup(wallet.share()));
    assertEquals(PairStatus.FROZEN, restarted.pairs(wallet.walletId()).get(0).status());
  }

  private static CustodianSigningShareRecord onlyPair(EmbeddedTandem tandem, WalletId walletId) {
    List<Versioned<CustodianSigningShareRecord>> pairs =
        tandem.signingShares.listByWallet(walletId);
    assertEquals(1, pairs.size());
    return pairs.get(0).value();
  }

  private static CustodianBackupShareRecord onlyBackup(EmbeddedTandem tandem, WalletId walletId) {
    List<Versioned<CustodianBackupShareRecord>> backups =
        tandem.backupShares.listByWallet(walletId).stream()
            .filter(record -> record.value().status() != PairStatus.INCOMPLETE)
            .toList();
    assertEquals(1, backups.size(), backups.toString());
    return backups.get(0).value();
  }

  private static List<AuditEvent> eventsOf(EmbeddedTandem tandem, AuditEvent.Type type) {
    return tandem.auditLog.events().stream().filter(event -> event.type() == type).toList();
  }
}
