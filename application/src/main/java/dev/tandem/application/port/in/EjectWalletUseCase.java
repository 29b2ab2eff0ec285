package dev.tandem.application.port.in;

/**
 * Custodian side: eject. Reconstructs the wallet's whole private key from its backup pair: reads
 * the backup key from the user's key storage, decrypts the client backup share, loads the custodian
 * backup share and combines them. The one deliberate meeting of both halves: an audit event (ids
 * only, never the key) is recorded before the key is returned, and the key is returned once, to
 * this caller, and kept nowhere.
 *
 * <p>Errors: {@code BACKUP_CIPHERTEXT_INVALID}, {@code ENCRYPTION_KEY_NOT_FOUND}, {@code
 * WALLET_NOT_FOUND}, {@code BACKUP_NOT_FOUND}, {@code STATE_INVALID} (the backup is not {@code
 * COMPLETED}), {@code STORAGE_UNAVAILABLE}.
 */
public interface EjectWalletUseCase {
  EjectWalletResult ejectWallet(EjectWalletCommand command);
}
