/**
 * The driving side of Tandem: one use-case interface per operation, the command record it takes
 * (valid from construction: a malformed command throws {@link
 * dev.tandem.domain.error.InvalidInputException}) and the result it returns.
 *
 * <p>Client side: {@link dev.tandem.application.port.in.CreateWalletUseCase}, {@link
 * dev.tandem.application.port.in.BackupWalletUseCase}, {@link
 * dev.tandem.application.port.in.ProvisionWalletUseCase}, {@link
 * dev.tandem.application.port.in.RecoverWalletUseCase}, {@link
 * dev.tandem.application.port.in.SignMessageUseCase}, {@link
 * dev.tandem.application.port.in.RotateBackupKeyUseCase}. Custodian side: {@link
 * dev.tandem.application.port.in.CosignUseCase} (the endpoint behind the channel), {@link
 * dev.tandem.application.port.in.ListSigningSharePairsUseCase}, {@link
 * dev.tandem.application.port.in.RevokeSigningSharePairUseCase}, {@link
 * dev.tandem.application.port.in.EjectWalletUseCase}.
 *
 * <p>Every use case throws only {@link dev.tandem.domain.error.TandemException} subtypes, each with
 * its stable {@link dev.tandem.domain.error.ErrorCode}.
 */
package dev.tandem.application.port.in;
