package dev.tandem.bench;

import dev.tandem.adapter.inmemory.InMemorySessionRegistry;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CosignerExchange;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.mpc.EngineSettings;
import dev.tandem.mpc.TwoPartyEcdsaClientEngine;
import dev.tandem.mpc.TwoPartyEcdsaCustodianEngine;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * The client and the custodian engine in one process, over one shared executor, connected by a
 * {@link CosignerExchange} that hands each request to the custodian session and returns its reply.
 * Every message crosses as a fresh copy of its bytes, so the parties share nothing by reference,
 * as if the bytes had gone over a wire (minus the network).
 *
 * <p>Both engines share the settings {@link EngineSettings#defaults()} would build: 2048-bit
 * Paillier moduli, a {@link SecureRandom}, a {@link ForkJoinPool} with one worker per processor,
 * here owned by this object so that {@link #stop} can shut it down, and the system clock. The
 * custodian admits each run through the embedded default's {@link InMemorySessionRegistry} (five
 * minutes of window, one of skew), as a deployment's custodian would.
 */
final class InProcessParties {

  private final ForkJoinPool executor;
  private final TwoPartyEcdsaClientEngine client;
  private final TwoPartyEcdsaCustodianEngine custodian;

  private InProcessParties(ForkJoinPool executor) {
    this.executor = executor;
    EngineSettings settings = new EngineSettings(new SecureRandom(), executor);
    this.client = new TwoPartyEcdsaClientEngine(settings);
    this.custodian =
        new TwoPartyEcdsaCustodianEngine(
            settings,
            new InMemorySessionRegistry(
                Clock.systemUTC(), SessionWindow.of(Duration.ofMinutes(5))));
  }

  static InProcessParties start() {
    return new InProcessParties(new ForkJoinPool(Runtime.getRuntime().availableProcessors()));
  }

  /** Two-party keygen (PROTOCOL.md §3): a new wallet and its first signing pair. */
  SigningPair keygen() {
    WalletId walletId = WalletId.random();
    SigningSharePairId pairId = SigningSharePairId.random();
    CustodianSession<CustodianSigningShare> session = custodian.beginGenerate(walletId, pairId);
    ClientSigningShare clientShare = client.generate(walletId, pairId, wire(session));
    return new SigningPair(clientShare, completed(session));
  }

  /** Refresh of a signing pair into a backup pair (PROTOCOL.md §5). */
  BackupPair backup(SigningPair source) {
    BackupSharePairId backupPairId = BackupSharePairId.random();
    CustodianSession<CustodianBackupShare> session =
        custodian.beginBackup(source.custodian(), backupPairId);
    ClientBackupShare clientShare = client.backup(source.client(), backupPairId, wire(session));
    return new BackupPair(clientShare, completed(session));
  }

  /** Refresh of a backup pair into a brand-new signing pair (PROTOCOL.md §5, provisioning). */
  SigningPair provision(BackupPair source) {
    SigningSharePairId newPairId = SigningSharePairId.random();
    CustodianSession<CustodianSigningShare> session =
        custodian.beginProvision(source.custodian(), newPairId);
    ClientSigningShare clientShare = client.provision(source.client(), newPairId, wire(session));
    return new SigningPair(clientShare, completed(session));
  }

  /** One two-party signature (PROTOCOL.md §4), which both parties have verified. */
  Signature sign(SigningPair pair, MessageHash hash) {
    CustodianSession<SignOutcome> session = custodian.beginSign(pair.custodian());
    Signature signature = client.sign(pair.client(), hash, wire(session));
    if (!(completed(session) instanceof SignOutcome.Signed)) {
      throw new IllegalStateException("the custodian did not release the signature");
    }
    return signature;
  }

  /** Shuts the executor down and waits for its workers to finish. */
  void stop() throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
      throw new IllegalStateException("the engine executor did not terminate within a minute");
    }
  }

  /** The channel: the custodian session answers each request; bytes are copied both ways. */
  private static CosignerExchange wire(CustodianSession<?> session) {
    return request -> session.respond(request.clone()).clone();
  }

  private static <R> R completed(CustodianSession<R> session) {
    if (!session.isComplete()) {
      throw new IllegalStateException("the client finished before the custodian session did");
    }
    return session.result();
  }

  /** Both halves of a signing pair. Prints no share. */
  static final class SigningPair {
    private final ClientSigningShare client;
    private final CustodianSigningShare custodian;

    SigningPair(ClientSigningShare client, CustodianSigningShare custodian) {
      this.client = client;
      this.custodian = custodian;
    }

    ClientSigningShare client() {
      return client;
    }

    CustodianSigningShare custodian() {
      return custodian;
    }

    @Override
    public String toString() {
      return "SigningPair[" + client.pairId() + "]";
    }
  }

  /** Both halves of a backup pair. Prints no share. */
  static final class BackupPair {
    private final ClientBackupShare client;
    private final CustodianBackupShare custodian;

    BackupPair(ClientBackupShare client, CustodianBackupShare custodian) {
      this.client = client;
      this.custodian = custodian;
    }

    ClientBackupShare client() {
      return client;
    }

    CustodianBackupShare custodian() {
      return custodian;
    }

    @Override
    public String toString() {
      return "BackupPair[" + client.pairId() + "]";
    }
  }
}
