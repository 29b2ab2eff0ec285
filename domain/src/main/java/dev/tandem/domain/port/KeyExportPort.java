package dev.tandem.domain.port;

import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.ExportedPrivateKey;

/**
 * Eject: reconstructs the whole private key from both halves of a backup pair and checks that it
 * matches the wallet's public key. The only code path where both halves meet; a deliberate act.
 */
public interface KeyExportPort {
  ExportedPrivateKey export(ClientBackupShare client, CustodianBackupShare custodian);
}
