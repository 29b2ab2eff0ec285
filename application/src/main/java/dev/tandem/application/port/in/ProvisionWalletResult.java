package dev.tandem.application.port.in;

import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.IdempotentResult;
import dev.tandem.domain.secret.ClientSigningShare;
import java.util.Objects;

/**
 * The new device's signing pair. Holds a secret: a final class with a redacted {@code toString}.
 */
public final class ProvisionWalletResult implements IdempotentResult {
  private final ClientSigningShare share;

  public ProvisionWalletResult(ClientSigningShare share) {
    this.share = Objects.requireNonNull(share, "share");
  }

  public WalletId walletId() {
    return share.walletId();
  }

  public SigningSharePairId pairId() {
    return share.pairId();
  }

  public PublicKey publicKey() {
    return share.publicKey();
  }

  public EthereumAddress address() {
    return share.publicKey().ethereumAddress();
  }

  /** The new client signing share. */
  public ClientSigningShare share() {
    return share;
  }

  @Override
  public ProvisionWalletResult copy() {
    return new ProvisionWalletResult(ShareCopies.copyOf(share));
  }

  @Override
  public void destroy() {
    share.destroy();
  }

  @Override
  public String toString() {
    return "ProvisionWalletResult[wallet="
        + walletId()
        + ", pair="
        + pairId()
        + ", address="
        + address()
        + ", share=redacted]";
  }
}
