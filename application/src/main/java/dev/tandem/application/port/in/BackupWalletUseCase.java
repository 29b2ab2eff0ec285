package dev.tandem.application.port.in;

import dev.tandem.domain.port.ProgressListener;

/**
 * Client side: makes a backup pair of the wallet from one of its signing pairs (a refresh: same
 * key, new shares) and returns the client backup share encrypted under a fresh 256-bit key, which
 * is stored in the user's key storage. The caller keeps the ciphertext; the two never meet at rest.
 *
 * <p>Progress, in order: {@code GENERATING_SHARE} (the refresh), {@code ENCRYPTING_SHARE} (a fresh
 * key, AES-256-GCM), {@code STORING_SHARE} (key storage, then the custodian's confirmation), {@code
 * DONE} with {@code done = true}.
 *
 * <p>Order of durable writes: the custodian stores the backup {@code INCOMPLETE} with the key id
 * the client chose; the client stores the key; the client confirms and the custodian marks the
 * backup {@code COMPLETED}, deleting the wallet's older backups and returning their key ids; the
 * client deletes those keys (best effort: keys it could not delete are listed in the result). A
 * failure anywhere before the confirmation leaves the previous backup usable.
 *
 * <p>Idempotent by key; a replayed result reports only {@code DONE} with {@code done = true}.
 * Errors: {@code PAIR_NOT_FOUND}, {@code PAIR_REVOKED}, {@code PAIR_INCOMPLETE}, {@code
 * WALLET_FROZEN} (also if the wallet is frozen while the backup runs: it then never completes),
 * {@code WALLET_NOT_FOUND}, {@code OPERATION_IN_PROGRESS}, {@code PROTOCOL_ABORTED}, {@code
 * STORAGE_UNAVAILABLE}.
 */
public interface BackupWalletUseCase {
  BackupWalletResult backupWallet(BackupWalletCommand command, ProgressListener progress);
}
