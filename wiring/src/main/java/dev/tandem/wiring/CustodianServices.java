package dev.tandem.wiring;

import dev.tandem.application.port.in.CosignUseCase;
import dev.tandem.application.port.in.EjectWalletUseCase;
import dev.tandem.application.port.in.ListSigningSharePairsUseCase;
import dev.tandem.application.port.in.RevokeSigningSharePairUseCase;

/**
 * What the custodian role offers: the endpoint to put behind a transport, and the operator's use
 * cases. Every custodian component and every embedded component extends it, whatever its storage.
 */
public interface CustodianServices {
  /**
   * The endpoint behind the channel: a transport hands it each request of a client; the loopback
   * channel of an embedded component calls it in-process.
   */
  CosignUseCase cosign();

  ListSigningSharePairsUseCase listSigningSharePairs();

  RevokeSigningSharePairUseCase revokeSigningSharePair();

  EjectWalletUseCase ejectWallet();
}
