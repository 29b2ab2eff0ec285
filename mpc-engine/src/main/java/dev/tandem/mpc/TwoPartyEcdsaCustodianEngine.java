package dev.tandem.mpc;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianMpcEnginePort;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.mpc.internal.protocol.CustodianKeygen;
import dev.tandem.mpc.internal.protocol.CustodianRefresh;
import dev.tandem.mpc.internal.protocol.CustodianShareMaterial;
import dev.tandem.mpc.internal.protocol.CustodianSign;
import dev.tandem.mpc.internal.protocol.PairKind;
import dev.tandem.mpc.internal.protocol.RefreshPurpose;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The custodian (P1) side of two-party ECDSA on secp256k1 (Lindell 2017 with additive shares):
 * each method opens a {@link CustodianSession} that answers the client's requests of keygen
 * (PROTOCOL.md §3), signing (§4) or refresh (§5, as backup and provisioning).
 *
 * <p>A session accepts exactly the next expected message; a client that deviates ends it with
 * {@link dev.tandem.domain.error.ProtocolAbortedException} naming the client, and the session stays
 * aborted with no result. A signing session whose signature fails its final verification completes
 * with {@link SignOutcome.VerificationFailed} and releases nothing: the caller must freeze the pair.
 * Sessions hold no I/O and no clock; the caller keeps them between requests and expires them.
 * Input shares are never modified.
 *
 * <p>Every session puts the client's first message to the {@link SessionRegistryPort} once, before
 * any secret-dependent work (PROTOCOL.md §1): a session id seen before, or a time the registry finds
 * too old or from the future, aborts the run with {@link
 * dev.tandem.domain.error.ProtocolAbortedException} naming the client, and nothing is produced. A
 * recorded run therefore cannot be replayed into a new session, in this process or, with a durable
 * registry, after a restart or on another custodian instance sharing it. A registry that cannot
 * answer aborts the run with its own error (retryable {@code STORAGE_UNAVAILABLE}).
 */
public final class TwoPartyEcdsaCustodianEngine implements CustodianMpcEnginePort {

  private final EngineSettings settings;
  private final SessionRegistryPort sessions;

  /**
   * @param settings the Paillier modulus size, randomness and executor (its clock is the client's)
   * @param sessions admits the first message of each run once; shared by every custodian engine
   *     of the deployment
   */
  public TwoPartyEcdsaCustodianEngine(EngineSettings settings, SessionRegistryPort sessions) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public CustodianSession<CustodianSigningShare> beginGenerate(
      WalletId walletId, SigningSharePairId pairId) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    CustodianKeygen machine =
        new CustodianKeygen(
            walletId.value(),
            pairId.value(),
            settings.paillierModulusBits(),
            settings.random(),
            settings.executor(),
            sessions);
    return new Session<>(
        machine::respond,
        machine::isComplete,
        () -> {
          CustodianShareMaterial output = machine.output();
          return new CustodianSigningShare(
              walletId, pairId, Shares.publicKey(output.publicKey()), Shares.seal(output));
        },
        null);
  }

  @Override
  public CustodianSession<CustodianBackupShare> beginBackup(
      CustodianSigningShare source, BackupSharePairId backupPairId) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(backupPairId, "backupPairId");
    CustodianShareMaterial material = Shares.custodian(source, PairKind.SIGNING);
    CustodianRefresh machine = refresh(material, RefreshPurpose.BACKUP, backupPairId.value());
    return new Session<>(
        machine::respond,
        machine::isComplete,
        () ->
            new CustodianBackupShare(
                source.walletId(),
                backupPairId,
                source.publicKey(),
                Shares.seal(machine.output())),
        material);
  }

  @Override
  public CustodianSession<CustodianSigningShare> beginProvision(
      CustodianBackupShare source, SigningSharePairId newPairId) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(newPairId, "newPairId");
    CustodianShareMaterial material = Shares.custodian(source, PairKind.BACKUP);
    CustodianRefresh machine = refresh(material, RefreshPurpose.PROVISION, newPairId.value());
    return new Session<>(
        machine::respond,
        machine::isComplete,
        () ->
            new CustodianSigningShare(
                source.walletId(), newPairId, source.publicKey(), Shares.seal(machine.output())),
        material);
  }

  @Override
  public CustodianSession<SignOutcome> beginSign(CustodianSigningShare share) {
    Objects.requireNonNull(share, "share");
    CustodianShareMaterial material = Shares.custodian(share, PairKind.SIGNING);
    CustodianSign machine =
        new CustodianSign(material, settings.random(), settings.executor(), sessions);
    return new Session<>(machine::respond, machine::isComplete, machine::outcome, material);
  }

  private CustodianRefresh refresh(
      CustodianShareMaterial material, RefreshPurpose purpose, String newPairId) {
    try {
      return new CustodianRefresh(
          material,
          purpose,
          newPairId,
          settings.paillierModulusBits(),
          settings.random(),
          settings.executor(),
          sessions);
    } catch (RuntimeException e) {
      material.destroy();
      throw e;
    }
  }

  /**
   * A state machine seen as a {@link CustodianSession}: the result is built once, on first
   * request, and the decoded input share is dropped as soon as the run is over (complete or
   * aborted).
   */
  private static final class Session<R> implements CustodianSession<R> {
    private final UnaryOperator<byte[]> respond;
    private final BooleanSupplier complete;
    private final Supplier<R> output;
    private CustodianShareMaterial input;
    private R result;

    Session(
        UnaryOperator<byte[]> respond,
        BooleanSupplier complete,
        Supplier<R> output,
        CustodianShareMaterial input) {
      this.respond = respond;
      this.complete = complete;
      this.output = output;
      this.input = input;
    }

    @Override
    public synchronized byte[] respond(byte[] request) {
      try {
        return respond.apply(request);
      } catch (RuntimeException e) {
        releaseInput();
        throw e;
      } finally {
        if (complete.getAsBoolean()) {
          releaseInput();
        }
      }
    }

    @Override
    public synchronized boolean isComplete() {
      return complete.getAsBoolean();
    }

    @Override
    public synchronized R result() {
      if (!complete.getAsBoolean()) {
        throw new IllegalStateException("the session has no result");
      }
      if (result == null) {
        result = output.get();
      }
      return result;
    }

    private void releaseInput() {
      if (input != null) {
        input.destroy();
        input = null;
      }
    }

    @Override
    public String toString() {
      return "CustodianSession[" + (complete.getAsBoolean() ? "complete" : "open") + "]";
    }
  }
}
