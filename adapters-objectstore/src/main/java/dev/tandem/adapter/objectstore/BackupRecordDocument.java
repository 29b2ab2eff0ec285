package dev.tandem.adapter.objectstore;

/**
 * The JSON document of one custodian backup share record; every field but the share's sealed
 * material is bound into that material's seal ({@link RecordBinding}).
 *
 * @param format the document format, {@link StorageLayout#format()}
 * @param writeId fresh for every write, so that no two writes store the same bytes (nor, on S3, share an ETag)
 * @param keyId the backup encryption key (in the user's key storage) that opens the client half
 */
record BackupRecordDocument(
    int format,
    String writeId,
    String walletId,
    String pairId,
    String method,
    String status,
    String keyId,
    String createdAt,
    String updatedAt,
    EncryptedShareDocument share) {}
