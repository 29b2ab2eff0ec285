package dev.tandem.adapter.gcp.wiring;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dev.tandem.adapter.gcp.GcsBackupShareRepository;
import dev.tandem.adapter.gcp.GcsKeyStorage;
import dev.tandem.adapter.gcp.GcsLocation;
import dev.tandem.adapter.gcp.GcsSessionRegistry;
import dev.tandem.adapter.gcp.GcsSigningShareRepository;
import dev.tandem.adapter.gcp.GcsWalletFreezeRepository;
import dev.tandem.adapter.gcp.KeyEncryptionKey;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;

/**
 * The storage ports on Cloud Storage: key storage, both custodian repositories, the wallet freeze
 * markers and the custodian's session registry, in the bucket and under the prefix of {@link
 * GcpTandemConfig}, secrets sealed under its key-encryption key. Needs a {@code
 * com.google.cloud.storage.Storage}, which {@link GcpClientsModule} provides, and for the session
 * registry a {@link java.time.Clock} and a {@link dev.tandem.domain.port.SessionWindow}, which
 * {@link GcpConfigModule} provides.
 */
@Module
public abstract class GcsStorageModule {
  private GcsStorageModule() {}

  @Binds
  abstract KeyStoragePort keyStorage(GcsKeyStorage storage);

  @Binds
  abstract SigningShareRepositoryPort signingShares(GcsSigningShareRepository repository);

  @Binds
  abstract BackupShareRepositoryPort backupShares(GcsBackupShareRepository repository);

  @Binds
  abstract SessionRegistryPort sessionRegistry(GcsSessionRegistry registry);

  @Binds
  abstract WalletFreezeRepositoryPort walletFreezes(GcsWalletFreezeRepository repository);

  @Provides
  static GcsLocation location(GcpTandemConfig config) {
    return config.location();
  }

  @Provides
  static KeyEncryptionKey keyEncryptionKey(GcpTandemConfig config) {
    return config.keyEncryptionKey();
  }
}
