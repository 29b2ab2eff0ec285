package dev.tandem.adapter.gcp.wiring;

import com.google.cloud.storage.Storage;
import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Singleton;

/**
 * The storage half of a GCP component, assembled by Dagger from the production modules: proves the
 * modules wire, and gives the tests the ports exactly as a deployment would build them (the session
 * registry with the clock and window of the configuration, through {@link GcpConfigModule}).
 */
@Singleton
@Component(modules = {GcpClientsModule.class, GcsStorageModule.class, GcpConfigModule.class})
interface GcsStorageTestComponent {
  KeyStoragePort keyStorage();

  SigningShareRepositoryPort signingShares();

  BackupShareRepositoryPort backupShares();

  SessionRegistryPort sessionRegistry();

  WalletFreezeRepositoryPort walletFreezes();

  Storage storage();

  static GcsStorageTestComponent of(GcpTandemConfig config) {
    return DaggerGcsStorageTestComponent.factory().create(config);
  }

  @Component.Factory
  interface Factory {
    GcsStorageTestComponent create(@BindsInstance GcpTandemConfig config);
  }
}
