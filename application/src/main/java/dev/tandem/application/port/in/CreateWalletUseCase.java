package dev.tandem.application.port.in;

/**
 * Client side: creates a wallet by distributed key generation with the custodian. The wallet gets
 * its key, its address and its first signing pair; neither party ever holds the whole key.
 *
 * <p>Order of durable writes: the custodian stores its half {@code INCOMPLETE}; the client hands
 * its share to {@code sink}; the client confirms and the custodian marks the pair {@code
 * COMPLETED}. A failure before the confirmation leaves at most an {@code INCOMPLETE} pair that
 * never signs.
 *
 * <p>Idempotent: a retry with the same idempotency key returns the first result (without calling
 * the sink again); a retry while the first call runs gets {@code OPERATION_IN_PROGRESS}.
 *
 * <p>Errors: {@code STATE_INVALID} if the wallet id is taken (a wallet exists once it has a pair
 * beyond {@code INCOMPLETE} or a backup: a creation that failed before its confirmation leaves only
 * an {@code INCOMPLETE} pair, which the next creation under that id discards), {@code
 * WALLET_FROZEN} if the id belongs to a frozen wallet, {@code OPERATION_IN_PROGRESS}, {@code
 * PROTOCOL_ABORTED} naming the misbehaving party, {@code STORAGE_UNAVAILABLE}; whatever {@code
 * sink} throws.
 */
public interface CreateWalletUseCase {
  CreateWalletResult createWallet(CreateWalletCommand command, SigningShareSink sink);
}
