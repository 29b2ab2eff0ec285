package dev.tandem.application.port.in;

import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.secret.ClientSigningShare;

/**
 * Back up the wallet of {@code share}. A final class rather than a record because it carries a
 * share, and a record's generated {@code toString} would print it; valid from construction like
 * every command.
 */
public final class BackupWalletCommand {
  private final IdempotencyKey idempotencyKey;
  private final ClientSigningShare share;

  /**
   * @param share the client half of the signing pair to back up; read, never modified or destroyed
   * @throws dev.tandem.domain.error.InvalidInputException if an argument is missing
   */
  public BackupWalletCommand(IdempotencyKey idempotencyKey, ClientSigningShare share) {
    this.idempotencyKey = Commands.require(idempotencyKey, "idempotencyKey");
    this.share = Commands.require(share, "share");
  }

  public IdempotencyKey idempotencyKey() {
    return idempotencyKey;
  }

  public ClientSigningShare share() {
    return share;
  }

  @Override
  public String toString() {
    return "BackupWalletCommand[idempotencyKey="
        + idempotencyKey
        + ", wallet="
        + share.walletId()
        + ", pair="
        + share.pairId()
        + "]";
  }
}
