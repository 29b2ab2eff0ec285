package dev.tandem.wiring;

import dev.tandem.application.port.in.BackupWalletUseCase;
import dev.tandem.application.port.in.CreateWalletUseCase;
import dev.tandem.application.port.in.ProvisionWalletUseCase;
import dev.tandem.application.port.in.RecoverWalletUseCase;
import dev.tandem.application.port.in.RotateBackupKeyUseCase;
import dev.tandem.application.port.in.SignMessageUseCase;
import dev.tandem.domain.port.ShareCodecPort;
import dev.tandem.domain.port.SignatureVerifierPort;

/**
 * What the client role offers: its six use cases, the share codec its shares are written with, and
 * a signature verifier independent of the signing path. Every client component and every embedded
 * component extends it, whatever its storage.
 */
public interface ClientServices {
  CreateWalletUseCase createWallet();

  BackupWalletUseCase backupWallet();

  ProvisionWalletUseCase provisionWallet();

  RecoverWalletUseCase recoverWallet();

  SignMessageUseCase signMessage();

  RotateBackupKeyUseCase rotateBackupKey();

  /** The codec that turns key shares into the documents that are stored or encrypted. */
  ShareCodecPort shareCodec();

  /** Checks signatures independently of the signing path (Bouncy Castle). */
  SignatureVerifierPort signatureVerifier();
}
