package dev.tandem.domain.secret;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;

/** The custodian's half of a backup pair. */
public final class CustodianBackupShare extends KeyShare {
  public CustodianBackupShare(WalletId walletId, BackupSharePairId pairId, PublicKey publicKey, SecretBytes material) {
    super(walletId, pairId, publicKey, material);
  }

  @Override
  public BackupSharePairId pairId() {
    return (BackupSharePairId) super.pairId();
  }

  @Override
  public Party holder() {
    return Party.CUSTODIAN;
  }
}
