package dev.tandem.application.port.in;

/**
 * Client side: a two-party ECDSA signature with one of the wallet's signing pairs, over the digest
 * of a {@link SignPayload}: an EIP-191 personal message ({@code personal_sign}), EIP-712 typed data
 * ({@code eth_signTypedData_v4}) or a raw 32-byte hash. The signature is low-s with a recovery id
 * and recovers to the wallet's address; print it with {@link
 * dev.tandem.domain.model.Signature#toEthereumHex()} ({@code 0x} ‖ r ‖ s ‖ v, v = 27 or 28).
 *
 * <p>Not a modification of the wallet: no idempotency key, no wallet lease, and signing runs
 * alongside other operations.
 *
 * <p>Errors: {@code WALLET_NOT_FOUND}, {@code PAIR_NOT_FOUND}, {@code PAIR_REVOKED}, {@code
 * PAIR_INCOMPLETE}, {@code WALLET_FROZEN} (also when this very signature failed the custodian's
 * final verification: the whole wallet, every pair and backup of it, is then frozen for good),
 * {@code PROTOCOL_ABORTED}, {@code STORAGE_UNAVAILABLE}.
 */
public interface SignMessageUseCase {
  SignMessageResult signMessage(SignMessageCommand command);
}
