package dev.tandem.domain.secret;

import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;

/** The client's half of a backup pair: only ever stored encrypted (AES-256-GCM) by the caller. */
public final class ClientBackupShare extends KeyShare {
  public ClientBackupShare(WalletId walletId, BackupSharePairId pairId, PublicKey publicKey, SecretBytes material) {
    super(walletId, pairId, publicKey, material);
  }

  @Override
  public BackupSharePairId pairId() {
    return (BackupSharePairId) super.pairId();
  }

  @Override
  public Party holder() {
    return Party.CLIENT;
  }
}
