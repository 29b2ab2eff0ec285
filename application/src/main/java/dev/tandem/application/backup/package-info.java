/**
 * The client backup share at rest with the caller: {@link
 * dev.tandem.application.backup.EncryptedClientBackup} (the versioned binary format) and {@link
 * dev.tandem.application.backup.BackupCipher} (AES-256-GCM with the header as associated data).
 * Whatever goes wrong in parsing or opening a ciphertext is one and the same {@code
 * BACKUP_CIPHERTEXT_INVALID}, so the error is no oracle.
 */
package dev.tandem.application.backup;
