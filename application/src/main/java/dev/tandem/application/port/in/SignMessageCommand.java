package dev.tandem.application.port.in;

import dev.tandem.domain.secret.ClientSigningShare;

/**
 * Sign {@code payload} with the pair of {@code share}. A final class rather than a record because
 * it carries a share, and a record's generated {@code toString} would print it; valid from
 * construction like every command.
 */
public final class SignMessageCommand {
  private final ClientSigningShare share;
  private final SignPayload payload;

  /**
   * @param share the client half of the signing pair; read, never modified or destroyed
   * @param payload what to sign
   * @throws dev.tandem.domain.error.InvalidInputException if an argument is missing
   */
  public SignMessageCommand(ClientSigningShare share, SignPayload payload) {
    this.share = Commands.require(share, "share");
    this.payload = Commands.require(payload, "payload");
  }

  public ClientSigningShare share() {
    return share;
  }

  public SignPayload payload() {
    return payload;
  }

  @Override
  public String toString() {
    return "SignMessageCommand[wallet="
        + share.walletId()
        + ", pair="
        + share.pairId()
        + ", method="
        + payload.method()
        + "]";
  }
}
