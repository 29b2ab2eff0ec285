package dev.tandem.adapter.gcp.wiring;

import dev.tandem.adapter.gcp.ModelGcsHttpServer;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.contract.SigningShareRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole contract on the production wiring and the real SDK, over HTTP, against {@link
 * ModelGcsHttpServer}: the model of Cloud Storage's generations and preconditions behind the JSON
 * API. What this adds to the run on the model store: the SDK's translation of the preconditions
 * into request parameters, its pagination, its error parsing and retries. What it cannot add: the
 * server is a model, not Cloud Storage (module README, "GCP adapters: what was exercised where").
 */
class GcsSigningShareRepositoryHttpModelContractTest extends SigningShareRepositoryContract {
  private static ModelGcsHttpServer server;
  private static GcsStorageTestComponent component;

  @BeforeAll
  static void startServer() {
    server = HttpModelFixture.startServer();
    component = GcsStorageTestComponent.of(HttpModelFixture.config(server).build());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Override
  protected SigningShareRepositoryPort createRepository() {
    return component.signingShares();
  }
}
