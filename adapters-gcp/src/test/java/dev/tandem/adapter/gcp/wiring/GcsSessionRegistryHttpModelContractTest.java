package dev.tandem.adapter.gcp.wiring;

import dev.tandem.adapter.gcp.ModelGcsHttpServer;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.contract.SessionRegistryContract;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole session registry contract on the production wiring and the real SDK, over HTTP,
 * against {@link ModelGcsHttpServer}: the registry's clock, window and skew come from the {@link
 * GcpTandemConfig} the component is built with. What this adds to the run on the model store: the
 * SDK's translation of {@code ifGenerationMatch=0} into the request, its error parsing and retries.
 * What it cannot add: the server is a model, not Cloud Storage (module README, "GCP adapters: what
 * was exercised where").
 */
class GcsSessionRegistryHttpModelContractTest extends SessionRegistryContract {
  private static ModelGcsHttpServer server;

  @BeforeAll
  static void startServer() {
    server = HttpModelFixture.startServer();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Override
  protected SessionRegistryPort createRegistry(Clock clock, SessionWindow window) {
    return GcsStorageTestComponent.of(
            HttpModelFixture.config(server)
                .clock(clock)
                .sessionTimeout(window.window())
                .allowedClockSkew(window.allowedClockSkew())
                .build())
        .sessionRegistry();
  }
}
