package dev.tandem.application.port.in;

import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.ExportedPrivateKey;
import java.util.Objects;

/**
 * The wallet's whole private key. Holds a secret: a final class with a redacted {@code toString};
 * hand the key to the user, then {@link #destroy()} it.
 */
public final class EjectWalletResult {
  private final WalletId walletId;
  private final ExportedPrivateKey privateKey;

  public EjectWalletResult(WalletId walletId, ExportedPrivateKey privateKey) {
    this.walletId = Objects.requireNonNull(walletId, "walletId");
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
  }

  public WalletId walletId() {
    return walletId;
  }

  public EthereumAddress address() {
    return privateKey.publicKey().ethereumAddress();
  }

  public ExportedPrivateKey privateKey() {
    return privateKey;
  }

  public void destroy() {
    privateKey.destroy();
  }

  @Override
  public String toString() {
    return "EjectWalletResult[wallet="
        + walletId
        + ", address="
        + address()
        + ", privateKey=redacted]";
  }
}
