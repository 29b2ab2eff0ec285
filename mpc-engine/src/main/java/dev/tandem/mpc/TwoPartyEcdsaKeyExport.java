package dev.tandem.mpc;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.port.KeyExportPort;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.ExportedPrivateKey;
import dev.tandem.domain.secret.SecretBytes;
import dev.tandem.mpc.internal.protocol.ClientShareMaterial;
import dev.tandem.mpc.internal.protocol.CustodianShareMaterial;
import dev.tandem.mpc.internal.protocol.KeyReconstruction;
import dev.tandem.mpc.internal.protocol.PairKind;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Eject (docs/ARCHITECTURE.md §2) for the additive shares of PROTOCOL.md: x = x1 + x2 mod q from
 * the two halves of one backup pair. Checks that both halves are of the same pair (wallet, pair id,
 * public key, Q1, Q2) and that x·G = Q before returning the key. Neither input is modified.
 */
public final class TwoPartyEcdsaKeyExport implements KeyExportPort {

  public TwoPartyEcdsaKeyExport() {}

  @Override
  public ExportedPrivateKey export(ClientBackupShare client, CustodianBackupShare custodian) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(custodian, "custodian");
    if (!client.walletId().equals(custodian.walletId())
        || !client.pairId().equals(custodian.pairId())
        || !client.publicKey().equals(custodian.publicKey())) {
      throw new InvalidInputException("the two halves are not of the same backup pair");
    }
    ClientShareMaterial clientMaterial = Shares.client(client, PairKind.BACKUP);
    try {
      CustodianShareMaterial custodianMaterial = Shares.custodian(custodian, PairKind.BACKUP);
      try {
        return new ExportedPrivateKey(
            client.publicKey(),
            SecretBytes.adopt(KeyReconstruction.privateKey(clientMaterial, custodianMaterial)));
      } catch (GeneralSecurityException e) {
        throw new InvalidInputException(
            "backup pair " + client.pairId() + " does not reconstruct its key: " + e.getMessage(),
            e);
      } finally {
        custodianMaterial.destroy();
      }
    } finally {
      clientMaterial.destroy();
    }
  }

  @Override
  public String toString() {
    return "TwoPartyEcdsaKeyExport";
  }
}
