package dev.tandem.adapter.aws;

/**
 * The JSON document of one backup encryption key; every other field is bound into the key's seal
 * ({@link RecordBinding}).
 *
 * @param format the document format, {@link DocumentMapper#FORMAT}
 * @param writeId fresh for every write, so that no two writes share an ETag
 * @param encryptedKey the 256-bit backup encryption key, sealed
 */
record BackupKeyDocument(
    int format, String writeId, String walletId, String keyId, EnvelopeDocument encryptedKey) {}
