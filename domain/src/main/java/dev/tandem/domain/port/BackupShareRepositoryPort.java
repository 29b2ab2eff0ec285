package dev.tandem.domain.port;

import dev.tandem.domain.model.BackupSharePairId;

/**
 * The custodian's backup shares, one record per backup pair. A wallet's current backup for a method
 * is its newest {@code COMPLETED} record; a newer backup completes before the older one is deleted,
 * so a crash never leaves a wallet without one.
 */
public interface BackupShareRepositoryPort
    extends ShareRecordRepositoryPort<BackupSharePairId, CustodianBackupShareRecord> {}
