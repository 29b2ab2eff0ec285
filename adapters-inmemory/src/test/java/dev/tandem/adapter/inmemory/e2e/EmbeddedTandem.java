package dev.tandem.adapter.inmemory.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.adapter.inmemory.InMemoryBackupShareRepository;
import dev.tandem.adapter.inmemory.InMemoryKeyStorage;
import dev.tandem.adapter.inmemory.InMemorySessionRegistry;
import dev.tandem.adapter.inmemory.InMemorySigningShareRepository;
import dev.tandem.adapter.inmemory.InMemoryWalletFreezeRepository;
import dev.tandem.adapter.json.JacksonShareCodec;
import dev.tandem.application.backup.BackupCipher;
import dev.tandem.application.backup.ClientBackupOpener;
import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.client.BackupWalletService;
import dev.tandem.application.client.CreateWalletService;
import dev.tandem.application.client.ProvisionWalletService;
import dev.tandem.application.client.RecoverWalletService;
import dev.tandem.application.client.RotateBackupKeyService;
import dev.tandem.application.client.SignMessageService;
import dev.tandem.application.custodian.CosignService;
import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.application.custodian.EjectWalletService;
import dev.tandem.application.custodian.FrozenWallets;
import dev.tandem.application.custodian.ListSigningSharePairsService;
import dev.tandem.application.custodian.RevokeSigningSharePairService;
import dev.tandem.application.port.in.BackupWalletCommand;
import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ListSigningSharePairsCommand;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.RecoverWalletCommand;
import dev.tandem.application.port.in.RecoverWalletResult;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import dev.tandem.mpc.EngineSettings;
import dev.tandem.mpc.TwoPartyEcdsaClientEngine;
import dev.tandem.mpc.TwoPartyEcdsaCustodianEngine;
import dev.tandem.mpc.TwoPartyEcdsaKeyExport;
import dev.tandem.wiring.LoopbackCosignerChannel;
import dev.tandem.wiring.local.ProcessLocalAuditLog;
import dev.tandem.wiring.local.ProcessLocalIdempotencyStore;
import dev.tandem.wiring.local.ProcessLocalWalletLock;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.function.Executable;

/**
 * The embedded deployment, wired by hand: the real two-party engine on both sides, every port in
 * memory, the JSON share codec, and the loopback channel. Both roles share one JVM, as in the
 * embedded default, and one test clock (the client stamps its runs with it, the session registry
 * judges them by it); a decorator may stand between the custodian and its engine, or on the
 * channel.
 *
 * <p>What would outlive a custodian process (its records and freeze markers, and the user's key
 * storage) is a {@link Storage}; {@link #restartedOn} builds a fresh deployment, custodian state
 * included, on the storage of another, as a restarted custodian would find it.
 */
final class EmbeddedTandem {
  /** One engine configuration for every test: its thread pool is meant to be shared. */
  static final EngineSettings ENGINE = EngineSettings.defaults();

  static final Duration SESSION_TIMEOUT = Duration.ofMinutes(5);

  /** The durable stores of a deployment, which a restarted custodian finds as they were. */
  static final class Storage {
    final SigningShareRepositoryPort signingShares;
    final BackupShareRepositoryPort backupShares;
    final WalletFreezeRepositoryPort walletFreezes;
    final FaultyKeyStorage keyStorage = new FaultyKeyStorage(new InMemoryKeyStorage());

    Storage() {
      this(
          new InMemorySigningShareRepository(),
          new InMemoryBackupShareRepository(),
          new InMemoryWalletFreezeRepository());
    }

    Storage(
        SigningShareRepositoryPort signingShares,
        BackupShareRepositoryPort backupShares,
        WalletFreezeRepositoryPort walletFreezes) {
      this.signingShares = signingShares;
      this.backupShares = backupShares;
      this.walletFreezes = walletFreezes;
    }
  }

  final TestClock clock = new TestClock();
  final SecureRandom random = new SecureRandom();
  final EngineSettings engine = ENGINE.withClock(clock);
  final Storage storage;

  // Custodian side.
  final SigningShareRepositoryPort signingShares;
  final BackupShareRepositoryPort backupShares;
  final WalletFreezeRepositoryPort walletFreezes;
  final ProcessLocalWalletLock walletLock = new ProcessLocalWalletLock(clock);
  final ProcessLocalAuditLog auditLog = new ProcessLocalAuditLog();
  final InMemorySessionRegistry sessions =
      new InMemorySessionRegistry(clock, SessionWindow.of(SESSION_TIMEOUT));
  final FrozenWallets frozenWallets;
  final CosignService cosign;
  final ListSigningSharePairsService listPairs;
  final RevokeSigningSharePairService revoke;
  final EjectWalletService eject;

  // Client side (and the user's key storage).
  final FaultyKeyStorage keyStorage;
  final ProcessLocalIdempotencyStore idempotencyStore = new ProcessLocalIdempotencyStore(clock);
  final JacksonShareCodec shareCodec = new JacksonShareCodec();
  final BackupCipher cipher = new BackupCipher(random);
  final ClientBackupOpener opener;
  final ClientMpcEnginePort clientEngine = new TwoPartyEcdsaClientEngine(engine);
  final CosignerChannelPort channel;
  final CreateWalletService createWallet;
  final BackupWalletService backupWallet;
  final ProvisionWalletService provisionWallet;
  final RecoverWalletService recoverWallet;
  final SignMessageService signMessage;
  final RotateBackupKeyService rotateBackupKey;

  EmbeddedTandem() {
    this(UnaryOperator.identity(), UnaryOperator.identity());
  }

  EmbeddedTandem(
      UnaryOperator<CustodianMpcEnginePort> custodianEngineDecorator,
      UnaryOperator<CosignerChannelPort> channelDecorator) {
    this(
        new Storage(),
        new CosignSettings(SESSION_TIMEOUT),
        custodianEngineDecorator,
        channelDecorator);
  }

  /** A deployment with the given custodian settings. */
  EmbeddedTandem(CosignSettings settings) {
    this(new Storage(), settings, UnaryOperator.identity(), UnaryOperator.identity());
  }

  EmbeddedTandem(
      Storage storage,
      CosignSettings settings,
      UnaryOperator<CustodianMpcEnginePort> custodianEngineDecorator,
      UnaryOperator<CosignerChannelPort> channelDecorator) {
    this.storage = storage;
    signingShares = storage.signingShares;
    backupShares = storage.backupShares;
    walletFreezes = storage.walletFreezes;
    keyStorage = storage.keyStorage;
    opener = new ClientBackupOpener(keyStorage, shareCodec, cipher);
    frozenWallets =
        new FrozenWallets(walletFreezes, signingShares, backupShares, auditLog, clock, settings);
    cosign =
        new CosignService(
            custodianEngineDecorator.apply(new TwoPartyEcdsaCustodianEngine(engine, sessions)),
            signingShares,
            backupShares,
            walletLock,
            auditLog,
            frozenWallets,
            clock,
            settings);
    listPairs = new ListSigningSharePairsService(signingShares, backupShares, frozenWallets);
    revoke =
        new RevokeSigningSharePairService(
            signingShares, backupShares, walletLock, auditLog, clock, settings);
    eject =
        new EjectWalletService(
            opener, signingShares, backupShares, new TwoPartyEcdsaKeyExport(), auditLog, clock);

    channel = channelDecorator.apply(new LoopbackCosignerChannel(cosign));
    createWallet = new CreateWalletService(clientEngine, channel, idempotencyStore);
    backupWallet =
        new BackupWalletService(
            clientEngine, channel, keyStorage, shareCodec, cipher, idempotencyStore, random);
    provisionWallet = new ProvisionWalletService(clientEngine, channel, opener, idempotencyStore);
    recoverWallet = new RecoverWalletService(clientEngine, channel, opener, idempotencyStore);
    signMessage = new SignMessageService(clientEngine, channel);
    rotateBackupKey =
        new RotateBackupKeyService(
            channel, keyStorage, shareCodec, cipher, opener, idempotencyStore, random);
  }

  /**
   * A custodian as it comes back after a restart: a new {@link CosignService} (no open session, no
   * in-process freeze) on a new engine, over this deployment's repositories, wallet lock and audit
   * log, admitting runs through {@code registry}. A real restart of the embedded deployment also
   * loses its in-memory registry; pass {@link #sessions} to stand for a registry that survives (a
   * durable one).
   */
  CosignService restartedCustodian(SessionRegistryPort registry) {
    CosignSettings settings = new CosignSettings(SESSION_TIMEOUT);
    return new CosignService(
        new TwoPartyEcdsaCustodianEngine(engine, registry),
        signingShares,
        backupShares,
        walletLock,
        auditLog,
        new FrozenWallets(walletFreezes, signingShares, backupShares, auditLog, clock, settings),
        clock,
        settings);
  }

  /**
   * A new deployment on {@code previous}'s storage, as after a restart of the custodian: nothing
   * of {@code previous}'s process state (sessions, leases, in-process freezes, audit log) carries
   * over; the engine is the real one, undecorated.
   */
  static EmbeddedTandem restartedOn(EmbeddedTandem previous) {
    return new EmbeddedTandem(
        previous.storage,
        new CosignSettings(SESSION_TIMEOUT),
        UnaryOperator.identity(),
        UnaryOperator.identity());
  }

  CreateWalletResult create(String deviceLabel) {
    return createWallet.createWallet(
        CreateWalletCommand.of(IdempotencyKey.random(), deviceLabel), SigningShareSink.NONE);
  }

  BackupWalletResult backup(ClientSigningShare share) {
    return backupWallet.backupWallet(
        new BackupWalletCommand(IdempotencyKey.random(), share), ProgressListener.IGNORE);
  }

  ProvisionWalletResult provision(WalletId walletId, EncryptedClientBackup backup, String label) {
    return provisionWallet.provisionWallet(
        new ProvisionWalletCommand(IdempotencyKey.random(), walletId, backup, label),
        SigningShareSink.NONE,
        ProgressListener.IGNORE);
  }

  RecoverWalletResult recover(WalletId walletId, EncryptedClientBackup backup, String label) {
    return recoverWallet.recoverWallet(
        new RecoverWalletCommand(IdempotencyKey.random(), walletId, backup, label),
        SigningShareSink.NONE,
        ProgressListener.IGNORE);
  }

  SignMessageResult sign(ClientSigningShare share, String text) {
    return signMessage.signMessage(
        new SignMessageCommand(share, new SignPayload.PersonalText(text)));
  }

  List<SigningSharePairSummary> pairs(WalletId walletId) {
    return listPairs.listSigningSharePairs(new ListSigningSharePairsCommand(walletId)).pairs();
  }

  /** An independent copy of a client share (what a sink that stores it would keep). */
  static ClientSigningShare copyOf(ClientSigningShare share) {
    return new ClientSigningShare(
        share.walletId(),
        share.pairId(),
        share.publicKey(),
        SecretBytes.copyOf(share.material().revealCopy()));
  }

  /** Runs {@code call}, which must fail with {@code code}; returns the exception. */
  static TandemException assertFailsWith(ErrorCode code, Executable call) {
    TandemException e = assertThrows(TandemException.class, call);
    assertEquals(code, e.code(), e.getMessage());
    return e;
  }
}
