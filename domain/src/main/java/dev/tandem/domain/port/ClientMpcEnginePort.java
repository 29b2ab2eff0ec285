package dev.tandem.domain.port;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;

/**
 * The MPC engine as the client (P2) sees it. Each call runs one two-party protocol to the end,
 * sending every message through {@code custodian}; the client drives, the custodian answers.
 *
 * <p>A misbehaving custodian ends the call with {@link
 * dev.tandem.domain.error.ProtocolAbortedException} naming it, and no output. Inputs are never
 * modified: refresh leaves the source share usable whether it succeeds or not.
 */
public interface ClientMpcEnginePort {

  /** Distributed key generation: a new wallet key and its first signing pair. */
  ClientSigningShare generate(WalletId walletId, SigningSharePairId pairId, CosignerExchange custodian);

  /** Refresh of a signing pair into a backup pair for the same key. */
  ClientBackupShare backup(
      ClientSigningShare source, BackupSharePairId backupPairId, CosignerExchange custodian);

  /** Refresh of a backup pair into a brand-new signing pair for the same key. */
  ClientSigningShare provision(
      ClientBackupShare source, SigningSharePairId newPairId, CosignerExchange custodian);

  /** A two-party ECDSA signature over a 32-byte hash, low-s, with recovery id, verified. */
  Signature sign(ClientSigningShare share, MessageHash hash, CosignerExchange custodian);
}
