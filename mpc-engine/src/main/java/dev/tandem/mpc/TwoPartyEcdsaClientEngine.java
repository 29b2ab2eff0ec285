package dev.tandem.mpc;

import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerExchange;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.mpc.internal.protocol.ClientKeygen;
import dev.tandem.mpc.internal.protocol.ClientRefresh;
import dev.tandem.mpc.internal.protocol.ClientShareMaterial;
import dev.tandem.mpc.internal.protocol.ClientSign;
import dev.tandem.mpc.internal.protocol.PairKind;
import dev.tandem.mpc.internal.protocol.RefreshPurpose;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client (P2) side of two-party ECDSA on secp256k1 (Lindell 2017 with additive shares):
 * keygen (PROTOCOL.md §3), signing (§4) and refresh (§5, as backup and provisioning), each run to
 * the end through the given {@link CosignerExchange}.
 *
 * <p>The first message of each run carries the time of {@link EngineSettings#clock()}, which the
 * custodian checks (PROTOCOL.md §1): a clock far from the custodian's gets every run refused.
 *
 * <p>A custodian that deviates from the protocol ends the call with {@link
 * dev.tandem.domain.error.ProtocolAbortedException} naming it, and no output. A custodian that
 * reports that the signature failed its verification (a fault of its own: the key is then frozen
 * on its side, PROTOCOL.md §6) ends {@link #sign} with {@link WalletFrozenException} ({@code
 * WALLET_FROZEN}). Input shares are never
 * modified. Thread-safe: every call runs its own state machine.
 */
public final class TwoPartyEcdsaClientEngine implements ClientMpcEnginePort {

  private final EngineSettings settings;

  public TwoPartyEcdsaClientEngine(EngineSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public ClientSigningShare generate(
      WalletId walletId, SigningSharePairId pairId, CosignerExchange custodian) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(custodian, "custodian");
    ClientKeygen machine =
        new ClientKeygen(
            walletId.value(),
            pairId.value(),
            settings.paillierModulusBits(),
            settings.random(),
            settings.executor(),
            settings.clock());
    run(machine::start, machine::handle, custodian);
    ClientShareMaterial output = machine.output();
    return new ClientSigningShare(
        walletId, pairId, Shares.publicKey(output.publicKey()), Shares.seal(output));
  }

  @Override
  public ClientBackupShare backup(
      ClientSigningShare source, BackupSharePairId backupPairId, CosignerExchange custodian) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(backupPairId, "backupPairId");
    Objects.requireNonNull(custodian, "custodian");
    ClientShareMaterial output =
        refresh(Shares.clientForRefresh(source, PairKind.SIGNING), RefreshPurpose.BACKUP,
            backupPairId.value(), custodian);
    return new ClientBackupShare(
        source.walletId(), backupPairId, source.publicKey(), Shares.seal(output));
  }

  @Override
  public ClientSigningShare provision(
      ClientBackupShare source, SigningSharePairId newPairId, CosignerExchange custodian) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(newPairId, "newPairId");
    Objects.requireNonNull(custodian, "custodian");
    ClientShareMaterial output =
        refresh(Shares.clientForRefresh(source, PairKind.BACKUP), RefreshPurpose.PROVISION,
            newPairId.value(), custodian);
    return new ClientSigningShare(
        source.walletId(), newPairId, source.publicKey(), Shares.seal(output));
  }

  @Override
  public Signature sign(ClientSigningShare share, MessageHash hash, CosignerExchange custodian) {
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(custodian, "custodian");
    ClientShareMaterial material = Shares.client(share, PairKind.SIGNING);
    try {
      ClientSign machine =
          new ClientSign(
              material, hash.bytes(), settings.random(), settings.executor(), settings.clock());
      run(machine::start, machine::handle, custodian);
      if (machine.wasRefused()) {
        throw WalletFrozenException.afterFailedSignature(share.walletId(), share.pairId());
      }
      return machine.signature();
    } finally {
      material.destroy();
    }
  }

  private ClientShareMaterial refresh(
      ClientShareMaterial source,
      RefreshPurpose purpose,
      String newPairId,
      CosignerExchange custodian) {
    try {
      ClientRefresh machine =
          new ClientRefresh(
              source,
              purpose,
              newPairId,
              settings.paillierModulusBits(),
              settings.random(),
              settings.executor(),
              settings.clock());
      run(machine::start, machine::handle, custodian);
      return machine.output();
    } finally {
      source.destroy();
    }
  }

  /** Sends each request and feeds each reply back until the machine has nothing more to send. */
  private static void run(
      Supplier<byte[]> start, Function<byte[], byte[]> handle, CosignerExchange custodian) {
    byte[] request = start.get();
    while (request != null) {
      request = handle.apply(custodian.exchange(request));
    }
  }
}
