package dev.tandem.domain.secret;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;

/** The custodian's half of a signing pair. */
public final class CustodianSigningShare extends KeyShare {
  public CustodianSigningShare(WalletId walletId, SigningSharePairId pairId, PublicKey publicKey, SecretBytes material) {
    super(walletId, pairId, publicKey, material);
  }

  @Override
  public SigningSharePairId pairId() {
    return (SigningSharePairId) super.pairId();
  }

  @Override
  public Party holder() {
    return Party.CUSTODIAN;
  }
}
