package dev.tandem.application.port.in;

/**
 * Custodian side: eject. Reconstructs the wallet's whole private key from its backup pair: reads
 * the backup key from the user's key storage, decrypts the client backup share, loads the custodian
 * backup share and combines them. The one deliberate meeting of both halves: an audit event (ids
 * only, never the key) is recorded before the key is returned, and the key is returned once, to
 * this caller, and kept nowhere.
 *
 * <p>Allowed on a frozen wallet, from its {@code FROZEN} backup: eject is the owner's deliberate
 * exit, the only way left to move the wallet's funds once it can no longer sign. It needs both
 * halves of the backup (the ciphertext with the key from the user's key storage, and the custodian
 * backup share) and runs no protocol with the client, so it is not the oracle a crafted signing
 * ciphertext is; it reveals nothing the same caller could not have ejected before the freeze; and
 * it is audited like every eject.
 *
 * <p>Errors: {@code BACKUP_CIPHERTEXT_INVALID}, {@code ENCRYPTION_KEY_NOT_FOUND}, {@code
 * WALLET_NOT_FOUND}, {@code BACKUP_NOT_FOUND}, {@code STATE_INVALID} (the backup is neither {@code
 * COMPLETED} nor {@code FROZEN}), {@code STORAGE_UNAVAILABLE}.
 */
public interface EjectWalletUseCase {
  EjectWalletResult ejectWallet(EjectWalletCommand command);
}
