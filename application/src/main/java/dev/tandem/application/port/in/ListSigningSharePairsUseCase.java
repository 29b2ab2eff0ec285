package dev.tandem.application.port.in;

/**
 * Custodian side: the signing pairs of a wallet, oldest first, with their status and device label.
 * Works on a frozen wallet, whose pairs are listed {@code FROZEN} (those revoked before, {@code
 * REVOKED}). Errors: {@code WALLET_NOT_FOUND}, {@code STORAGE_UNAVAILABLE}.
 */
public interface ListSigningSharePairsUseCase {
  ListSigningSharePairsResult listSigningSharePairs(ListSigningSharePairsCommand command);
}
