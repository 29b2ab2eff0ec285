package dev.tandem.adapter.inmemory;

import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.contract.BackupShareRepositoryContract;

/** {@link InMemoryBackupShareRepository} passes the shared backup share repository contract. */
class InMemoryBackupShareRepositoryTest extends BackupShareRepositoryContract {

  @Override
  protected BackupShareRepositoryPort createRepository() {
    return new InMemoryBackupShareRepository();
  }
}
