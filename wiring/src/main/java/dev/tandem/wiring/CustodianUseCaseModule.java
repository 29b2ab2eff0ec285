package dev.tandem.wiring;

import dagger.Binds;
import dagger.Module;
import dev.tandem.application.custodian.CosignService;
import dev.tandem.application.custodian.EjectWalletService;
import dev.tandem.application.custodian.ListSigningSharePairsService;
import dev.tandem.application.custodian.RevokeSigningSharePairService;
import dev.tandem.application.port.in.CosignUseCase;
import dev.tandem.application.port.in.EjectWalletUseCase;
import dev.tandem.application.port.in.ListSigningSharePairsUseCase;
import dev.tandem.application.port.in.RevokeSigningSharePairUseCase;
import jakarta.inject.Singleton;

/**
 * Binds the custodian's four use cases to their services, each a singleton (the {@link
 * CosignService} keeps the open sessions, so there must be exactly one per component). The
 * component supplies the custodian engine and key export, the share repositories, the wallet
 * freeze markers, the session registry, the wallet lock, the audit log, the key storage that eject
 * reads, the share codec, a {@link java.time.Clock} and the {@link
 * dev.tandem.application.custodian.CosignSettings}.
 */
@Module
public abstract class CustodianUseCaseModule {
  private CustodianUseCaseModule() {}

  @Binds
  @Singleton
  abstract CosignUseCase cosign(CosignService service);

  @Binds
  @Singleton
  abstract ListSigningSharePairsUseCase listSigningSharePairs(ListSigningSharePairsService service);

  @Binds
  @Singleton
  abstract RevokeSigningSharePairUseCase revokeSigningSharePair(
      RevokeSigningSharePairService service);

  @Binds
  @Singleton
  abstract EjectWalletUseCase ejectWallet(EjectWalletService service);
}
