package dev.tandem.domain.secret;

import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.WalletId;
import java.util.Objects;

/**
 * One party's half of a share pair: the public facts about the pair (wallet, pair id, public key)
 * and the secret share material, an opaque, versioned encoding that only the MPC engine reads.
 *
 * <p>The four kinds (client or custodian, signing or backup) are distinct types so that a backup
 * share cannot be passed where a signing share is expected, nor a client share where a custodian
 * share is. Never a record: {@code toString} prints only the public facts.
 */
public abstract sealed class KeyShare
    permits ClientSigningShare, ClientBackupShare, CustodianSigningShare, CustodianBackupShare {

  private final WalletId walletId;
  private final PairId pairId;
  private final PublicKey publicKey;
  private final SecretBytes material;

  KeyShare(WalletId walletId, PairId pairId, PublicKey publicKey, SecretBytes material) {
    this.walletId = Objects.requireNonNull(walletId, "walletId");
    this.pairId = Objects.requireNonNull(pairId, "pairId");
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
    this.material = Objects.requireNonNull(material, "material");
  }

  public final WalletId walletId() {
    return walletId;
  }

  public PairId pairId() {
    return pairId;
  }

  /** The wallet's public key Q (the same for every pair of the wallet). */
  public final PublicKey publicKey() {
    return publicKey;
  }

  /** Which party holds this half. */
  public abstract Party holder();

  /** The engine's encoding of the secret share. Read only by the engine and by serialisers. */
  public final SecretBytes material() {
    return material;
  }

  /** Overwrites the secret material. */
  public final void destroy() {
    material.destroy();
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName()
        + "[wallet="
        + walletId
        + ", pair="
        + pairId
        + ", publicKey="
        + publicKey.toHex()
        + ", material=redacted]";
  }
}
