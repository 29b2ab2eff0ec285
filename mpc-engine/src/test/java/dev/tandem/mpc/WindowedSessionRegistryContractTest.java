package dev.tandem.mpc;

import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.contract.SessionRegistryContract;
import java.time.Clock;

/** The engine tests' registry keeps the contract the adapters keep. */
class WindowedSessionRegistryContractTest extends SessionRegistryContract {

  @Override
  protected SessionRegistryPort createRegistry(Clock clock, SessionWindow window) {
    return new WindowedSessionRegistry(clock, window);
  }
}
