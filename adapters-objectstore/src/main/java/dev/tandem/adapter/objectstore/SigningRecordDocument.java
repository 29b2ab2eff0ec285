package dev.tandem.adapter.objectstore;

/**
 * The JSON document of one custodian signing share record. While it holds a share, every other
 * field is bound into the share's seal ({@link RecordBinding}); without one nothing is sealed.
 *
 * @param format the document format, {@link StorageLayout#format()}
 * @param writeId fresh for every write, so that no two writes store the same bytes (nor, on S3, share an ETag)
 * @param share absent once the pair is revoked or frozen
 * @param deviceLabel absent when the client gave none
 */
record SigningRecordDocument(
    int format,
    String writeId,
    String walletId,
    String pairId,
    String status,
    String deviceLabel,
    String createdAt,
    String updatedAt,
    EncryptedShareDocument share) {}
