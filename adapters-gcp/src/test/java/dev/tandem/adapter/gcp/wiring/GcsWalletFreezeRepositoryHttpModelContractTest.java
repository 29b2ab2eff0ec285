package dev.tandem.adapter.gcp.wiring;

import dev.tandem.adapter.gcp.ModelGcsHttpServer;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import dev.tandem.domain.port.contract.WalletFreezeRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole wallet freeze contract on the production wiring and the real SDK, over HTTP, against
 * {@link ModelGcsHttpServer}; each "other adapter on the same storage" comes from a second
 * component built from the same configuration. See {@link
 * GcsSigningShareRepositoryHttpModelContractTest} for what this adds and what it cannot.
 */
class GcsWalletFreezeRepositoryHttpModelContractTest extends WalletFreezeRepositoryContract {
  private static ModelGcsHttpServer server;
  private static GcpTandemConfig config;

  @BeforeAll
  static void startServer() {
    server = HttpModelFixture.startServer();
    config = HttpModelFixture.config(server).build();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Override
  protected WalletFreezeRepositoryPort createRepository() {
    return GcsStorageTestComponent.of(config).walletFreezes();
  }
}
