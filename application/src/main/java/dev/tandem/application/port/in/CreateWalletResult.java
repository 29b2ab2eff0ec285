package dev.tandem.application.port.in;

import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.IdempotentResult;
import dev.tandem.domain.secret.ClientSigningShare;
import java.util.Objects;

/**
 * A new wallet and the client's half of its first signing pair. Holds a secret: a final class with
 * a redacted {@code toString}; the caller destroys the share once it has stored it.
 */
public final class CreateWalletResult implements IdempotentResult {
  private final ClientSigningShare share;

  public CreateWalletResult(ClientSigningShare share) {
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

  /** The client signing share: keep it on the device, as a keychain item. */
  public ClientSigningShare share() {
    return share;
  }

  @Override
  public CreateWalletResult copy() {
    return new CreateWalletResult(ShareCopies.copyOf(share));
  }

  @Override
  public void destroy() {
    share.destroy();
  }

  @Override
  public String toString() {
    return "CreateWalletResult[wallet="
        + walletId()
        + ", pair="
        + pairId()
        + ", address="
        + address()
        + ", share=redacted]";
  }
}
