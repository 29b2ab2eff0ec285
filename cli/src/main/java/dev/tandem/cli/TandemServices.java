package dev.tandem.cli;

import dev.tandem.adapter.aws.wiring.AwsTandemComponent;
import dev.tandem.adapter.gcp.wiring.GcpTandemComponent;
import dev.tandem.adapter.inmemory.wiring.InMemoryTandemComponent;
import dev.tandem.application.port.in.BackupWalletUseCase;
import dev.tandem.application.port.in.CreateWalletUseCase;
import dev.tandem.application.port.in.ListSigningSharePairsUseCase;
import dev.tandem.application.port.in.ProvisionWalletUseCase;
import dev.tandem.application.port.in.RevokeSigningSharePairUseCase;
import dev.tandem.application.port.in.SignMessageUseCase;
import dev.tandem.domain.port.SignatureVerifierPort;
import java.util.Objects;

/**
 * What the demo uses of a deployment: the use cases of both roles it calls, and the deployment's
 * independent signature verifier. Taken from any of the three components (in memory, AWS, GCP), so
 * that {@link Demo} runs the same story on each.
 */
record TandemServices(
    CreateWalletUseCase createWallet,
    BackupWalletUseCase backupWallet,
    ProvisionWalletUseCase provisionWallet,
    SignMessageUseCase signMessage,
    ListSigningSharePairsUseCase listSigningSharePairs,
    RevokeSigningSharePairUseCase revokeSigningSharePair,
    SignatureVerifierPort signatureVerifier) {

  TandemServices {
    Objects.requireNonNull(createWallet, "createWallet");
    Objects.requireNonNull(backupWallet, "backupWallet");
    Objects.requireNonNull(provisionWallet, "provisionWallet");
    Objects.requireNonNull(signMessage, "signMessage");
    Objects.requireNonNull(listSigningSharePairs, "listSigningSharePairs");
    Objects.requireNonNull(revokeSigningSharePair, "revokeSigningSharePair");
    Objects.requireNonNull(signatureVerifier, "signatureVerifier");
  }

  static TandemServices of(InMemoryTandemComponent tandem) {
    return new TandemServices(
        tandem.createWallet(),
        tandem.backupWallet(),
        tandem.provisionWallet(),
        tandem.signMessage(),
        tandem.listSigningSharePairs(),
        tandem.revokeSigningSharePair(),
        tandem.signatureVerifier());
  }

  static TandemServices of(AwsTandemComponent tandem) {
    return new TandemServices(
        tandem.createWallet(),
        tandem.backupWallet(),
        tandem.provisionWallet(),
        tandem.signMessage(),
        tandem.listSigningSharePairs(),
        tandem.revokeSigningSharePair(),
        tandem.signatureVerifier());
  }

  static TandemServices of(GcpTandemComponent tandem) {
    return new TandemServices(
        tandem.createWallet(),
        tandem.backupWallet(),
        tandem.provisionWallet(),
        tandem.signMessage(),
        tandem.listSigningSharePairs(),
        tandem.revokeSigningSharePair(),
        tandem.signatureVerifier());
  }
}
