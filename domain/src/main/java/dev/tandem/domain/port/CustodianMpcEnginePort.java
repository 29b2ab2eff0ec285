package dev.tandem.domain.port;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;

/**
 * The MPC engine as the custodian (P1) sees it: each method opens a session that then answers the
 * client's requests one by one. Sessions hold no I/O and no clock; the caller keeps them between
 * requests and expires them.
 */
public interface CustodianMpcEnginePort {

  CustodianSession<CustodianSigningShare> beginGenerate(WalletId walletId, SigningSharePairId pairId);

  CustodianSession<CustodianBackupShare> beginBackup(
      CustodianSigningShare source, BackupSharePairId backupPairId);

  CustodianSession<CustodianSigningShare> beginProvision(
      CustodianBackupShare source, SigningSharePairId newPairId);

  /**
   * Signing. The result is {@link SignOutcome.Signed} or, if the signature failed its final
   * verification, {@link SignOutcome.VerificationFailed}: the caller must then freeze the wallet.
   */
  CustodianSession<SignOutcome> beginSign(CustodianSigningShare share);
}
