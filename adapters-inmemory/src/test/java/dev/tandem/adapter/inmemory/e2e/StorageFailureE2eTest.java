package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.EjectWalletCommand;
import dev.tandem.application.port.in.EjectWalletResult;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A key storage that fails in the middle of a backup never leaves the wallet without a backup. */
class StorageFailureE2eTest {
  private final EmbeddedTandem tandem = SharedTandem.TANDEM;

  @Test
  void aKeyStorageFailingHalfway_leavesThePreviousBackupUsable() {
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup previous = tandem.backup(wallet.share()).backup();

    tandem.keyStorage.failCreates.set(true);
    try {
      assertFailsWith(ErrorCode.STORAGE_UNAVAILABLE, () -> tandem.backup(wallet.share()));
    } finally {
      tandem.keyStorage.failCreates.set(false);
    }
    // The previous backup is still the one COMPLETED backup, its key still stored; the failed one
    // got no further than INCOMPLETE.
    Map<PairStatus, Long> backups = backupStatuses(wallet.walletId());
    assertEquals(1L, backups.get(PairStatus.COMPLETED));
    assertEquals(1L, backups.get(PairStatus.INCOMPLETE));
    assertEquals(List.of(previous.keyId()), tandem.keyStorage.list(wallet.walletId()));

    // The failed backup gave the wallet back at once, and the previous backup provisions.
    ProvisionWalletResult tablet = tandem.provision(wallet.walletId(), previous, "tablet");
    SignMessageResult signed = tandem.sign(tablet.share(), "from the tablet");
    IndependentEthereum.assertSignedBy(wallet.publicKey(), signed.hash(), signed.signature());

    // The next backup completes and clears the leftovers away.
    EncryptedClientBackup next = tandem.backup(wallet.share()).backup();
    assertEquals(Map.of(PairStatus.COMPLETED, 1L), backupStatuses(wallet.walletId()));
    assertEquals(List.of(next.keyId()), tandem.keyStorage.list(wallet.walletId()));
  }

  @Test
  void aKeyStorageFailingToDeleteOldKeys_stillCompletesTheNewBackup() {
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup previous = tandem.backup(wallet.share()).backup();

    BackupWalletResult next;
    tandem.keyStorage.failDeletes.set(true);
    try {
      next = tandem.backup(wallet.share());
    } finally {
      tandem.keyStorage.failDeletes.set(false);
    }
    assertEquals(List.of(previous.keyId()), next.keysNotDeleted());
    assertTrue(tandem.keyStorage.list(wallet.walletId()).contains(previous.keyId()));

    // The old ciphertext still opens with its lingering key, but its custodian half is gone.
    assertFailsWith(
        ErrorCode.BACKUP_NOT_FOUND, () -> tandem.provision(wallet.walletId(), previous, null));
    assertFailsWith(
        ErrorCode.BACKUP_NOT_FOUND,
        () -> tandem.eject.ejectWallet(new EjectWalletCommand(wallet.walletId(), previous)));

    // The new backup is whole: both halves reconstruct the wallet's key.
    EjectWalletResult ejected =
        tandem.eject.ejectWallet(new EjectWalletCommand(wallet.walletId(), next.backup()));
    IndependentEthereum.assertPrivateKeyOf(
        wallet.publicKey(), ejected.privateKey().scalar().revealCopy());
    ejected.destroy();
  }

  private Map<PairStatus, Long> backupStatuses(WalletId walletId) {
    return tandem.backupShares.listByWallet(walletId).stream()
        .map(versioned -> versioned.value())
        .collect(Collectors.groupingBy(CustodianBackupShareRecord::status, Collectors.counting()));
  }
}
