package dev.tandem.application.port.in;

/**
 * Client side: re-encrypts the client backup share under a fresh key K' and deletes the old key K.
 * Runs on the client because it decrypts the client backup share: a custodian that did so would
 * hold both backup halves at once. The custodian only records the new key id.
 *
 * <p>Order of durable writes: K' is stored under a fresh id; the custodian records the new key id
 * (under the wallet lease, and only if the backup still names K: otherwise {@code
 * CONCURRENT_MODIFICATION} and K' is deleted again); then K is deleted (best effort). Until the
 * custodian records the new id, the old ciphertext stays the usable one.
 *
 * <p>Allowed on a frozen wallet, whose backup the owner may still need to eject.
 *
 * <p>Idempotent by key. Errors: {@code BACKUP_CIPHERTEXT_INVALID}, {@code
 * ENCRYPTION_KEY_NOT_FOUND}, {@code WALLET_NOT_FOUND}, {@code BACKUP_NOT_FOUND}, {@code
 * STATE_INVALID}, {@code CONCURRENT_MODIFICATION}, {@code OPERATION_IN_PROGRESS}, {@code
 * STORAGE_UNAVAILABLE}.
 */
public interface RotateBackupKeyUseCase {
  RotateBackupKeyResult rotateBackupKey(RotateBackupKeyCommand command);
}
