package dev.tandem.adapter.inmemory.e2e;

import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.CreateWalletResult;

/**
 * One embedded deployment and two backed-up wallets, shared by the test classes that only read them
 * (sign, fail to provision, look up): key generation costs seconds, and sharing weakens none of
 * those tests. Tests that revoke, back up again or otherwise change a wallet make their own.
 */
final class SharedTandem {
  static final EmbeddedTandem TANDEM = new EmbeddedTandem();

  /** A wallet with one COMPLETED signing pair and a COMPLETED backup. */
  record BackedUpWallet(CreateWalletResult wallet, BackupWalletResult backup) {}

  private static BackedUpWallet main;
  private static BackedUpWallet other;

  private SharedTandem() {}

  static synchronized BackedUpWallet main() {
    if (main == null) {
      main = backedUp("main device");
    }
    return main;
  }

  static synchronized BackedUpWallet other() {
    if (other == null) {
      other = backedUp("other device");
    }
    return other;
  }

  private static BackedUpWallet backedUp(String label) {
    CreateWalletResult wallet = TANDEM.create(label);
    return new BackedUpWallet(wallet, TANDEM.backup(wallet.share()));
  }
}
