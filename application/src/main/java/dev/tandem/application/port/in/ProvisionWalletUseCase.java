package dev.tandem.application.port.in;

import dev.tandem.domain.port.ProgressListener;

/**
 * Client side: gives a new device a signing pair of an existing wallet from its backup (a refresh
 * of the backup pair). The wallet's other pairs keep signing, for the same address.
 *
 * <p>Progress, in order: {@code READING_SHARE} (the backup key from the user's key storage), {@code
 * DECRYPTING_SHARE}, {@code PARSING_SHARE}, {@code GENERATING_SHARE} (the refresh), {@code
 * STORING_SHARE} (the sink, then the custodian's confirmation), {@code DONE} with {@code done =
 * true}. A failure stops the sequence; no {@code DONE} is reported.
 *
 * <p>Idempotent by key; a replayed result reports only {@code DONE} with {@code done = true}.
 * Errors: {@code BACKUP_CIPHERTEXT_INVALID} (wrong key, tampered, truncated, another wallet's
 * backup), {@code ENCRYPTION_KEY_NOT_FOUND}, {@code WALLET_NOT_FOUND}, {@code BACKUP_NOT_FOUND},
 * {@code STATE_INVALID} (the backup is not {@code COMPLETED}), {@code WALLET_FROZEN} (also if the
 * wallet is frozen while the provisioning runs: the new pair is then frozen too), {@code
 * PAIR_LIMIT_REACHED} (the wallet already has as many live pairs, incomplete or completed, as the
 * custodian allows, ten by default; revoking one frees a slot), {@code OPERATION_IN_PROGRESS},
 * {@code PROTOCOL_ABORTED}, {@code STORAGE_UNAVAILABLE}.
 */
public interface ProvisionWalletUseCase {
  ProvisionWalletResult provisionWallet(
      ProvisionWalletCommand command, SigningShareSink sink, ProgressListener progress);
}
