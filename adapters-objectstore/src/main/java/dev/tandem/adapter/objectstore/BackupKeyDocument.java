package dev.tandem.adapter.objectstore;

/**
 * The JSON document of one backup encryption key; every other field is bound into the key's seal
 * ({@link RecordBinding}).
 *
 * @param format the document format, {@link StorageLayout#format()}
 * @param writeId fresh for every write, so that no two writes store the same bytes (nor, on S3, share an ETag)
 * @param encryptedKey the 256-bit backup encryption key, sealed
 */
record BackupKeyDocument(
    int format, String writeId, String walletId, String keyId, EnvelopeDocument encryptedKey) {}
