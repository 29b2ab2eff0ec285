package dev.tandem.application.client;

import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;

/**
 * Deletes backup keys that no ciphertext needs any more, where a failure must not fail the caller.
 */
final class KeyCleanup {
  private KeyCleanup() {}

  /**
   * Deletes the key; returns false if the key storage failed. The key then lingers, opening nothing
   * the custodian still accepts, until someone deletes it.
   */
  static boolean deleteQuietly(KeyStoragePort keyStorage, WalletId walletId, BackupKeyId keyId) {
    try {
      keyStorage.delete(walletId, keyId);
      return true;
    } catch (TandemException e) {
      return false;
    }
  }
}
