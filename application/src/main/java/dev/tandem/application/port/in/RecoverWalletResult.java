package dev.tandem.application.port.in;

import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.IdempotentResult;
import dev.tandem.domain.secret.ClientSigningShare;
import java.util.List;
import java.util.Objects;

/**
 * The recovered wallet's new signing pair, now its only usable one, and the pairs revoked on the
 * way. Holds a secret: a final class with a redacted {@code toString}.
 */
public final class RecoverWalletResult implements IdempotentResult {
  private final ClientSigningShare share;
  private final List<SigningSharePairId> revokedPairIds;

  public RecoverWalletResult(ClientSigningShare share, List<SigningSharePairId> revokedPairIds) {
    this.share = Objects.requireNonNull(share, "share");
    this.revokedPairIds = List.copyOf(revokedPairIds);
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

  /**
   * The pairs this recovery revoked, the other pairs and any leftover {@code INCOMPLETE} ones
   * (those already revoked or frozen are not listed).
   */
  public List<SigningSharePairId> revokedPairIds() {
    return revokedPairIds;
  }

  @Override
  public RecoverWalletResult copy() {
    return new RecoverWalletResult(ShareCopies.copyOf(share), revokedPairIds);
  }

  @Override
  public void destroy() {
    share.destroy();
  }

  @Override
  public String toString() {
    return "RecoverWalletResult[wallet="
        + walletId()
        + ", pair="
        + pairId()
        + ", address="
        + address()
        + ", revoked="
        + revokedPairIds
        + ", share=redacted]";
  }
}
