package dev.tandem.adapter.objectstore;

import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import dev.tandem.domain.port.contract.BackupShareRepositoryContract;
import dev.tandem.domain.port.contract.KeyStorageContract;
import dev.tandem.domain.port.contract.SessionRegistryContract;
import dev.tandem.domain.port.contract.SigningShareRepositoryContract;
import dev.tandem.domain.port.contract.WalletFreezeRepositoryContract;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/**
 * The core's repositories pass the domain's shared contract suites on the model store, objects in
 * the {@link StorageLayout#gcs(String)} layout: on a versioned bucket (every replace and delete
 * must leave no older version) and, for the share repositories, on an unversioned one too. Each
 * "other adapter on the same storage" of a suite is a new repository on the same model bucket.
 */
class GcsLayoutRepositoryContractTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final StorageLayout LAYOUT = StorageLayout.gcs("contract");
  private static final ModelObjectStore VERSIONED = new ModelObjectStore(true);
  private static final ModelObjectStore UNVERSIONED = new ModelObjectStore(false);
  private static final ModelKeyWrapper WRAPPER = new ModelKeyWrapper("contract");

  @Nested
  class KeyStorage extends KeyStorageContract {
    @Override
    protected KeyStoragePort createKeyStorage() {
      return new ObjectStoreKeyStorage(VERSIONED, WRAPPER, LAYOUT, RANDOM);
    }
  }

  @Nested
  class SigningShares extends SigningShareRepositoryContract {
    @Override
    protected SigningShareRepositoryPort createRepository() {
      return new ObjectStoreSigningShareRepository(VERSIONED, WRAPPER, LAYOUT, RANDOM);
    }
  }

  @Nested
  class SigningSharesOnAnUnversionedBucket extends SigningShareRepositoryContract {
    @Override
    protected SigningShareRepositoryPort createRepository() {
      return new ObjectStoreSigningShareRepository(UNVERSIONED, WRAPPER, LAYOUT, RANDOM);
    }
  }

  @Nested
  class BackupShares extends BackupShareRepositoryContract {
    @Override
    protected BackupShareRepositoryPort createRepository() {
      return new ObjectStoreBackupShareRepository(VERSIONED, WRAPPER, LAYOUT, RANDOM);
    }
  }

  @Nested
  class BackupSharesOnAnUnversionedBucket extends BackupShareRepositoryContract {
    @Override
    protected BackupShareRepositoryPort createRepository() {
      return new ObjectStoreBackupShareRepository(UNVERSIONED, WRAPPER, LAYOUT, RANDOM);
    }
  }

  @Nested
  class WalletFreezes extends WalletFreezeRepositoryContract {
    @Override
    protected WalletFreezeRepositoryPort createRepository() {
      return new ObjectStoreWalletFreezeRepository(VERSIONED, LAYOUT);
    }
  }

  @Nested
  class SessionRegistry extends SessionRegistryContract {
    @Override
    protected SessionRegistryPort createRegistry(Clock clock, SessionWindow window) {
      return new ObjectStoreSessionRegistry(VERSIONED, LAYOUT, clock, window);
    }
  }
}
