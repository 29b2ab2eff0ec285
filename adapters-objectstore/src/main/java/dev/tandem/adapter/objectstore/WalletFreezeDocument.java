package dev.tandem.adapter.objectstore;

/**
 * The JSON document of one wallet's freeze marker. Nothing in it is secret, so nothing is sealed:
 * the marker counts by existing (see {@link ObjectStoreWalletFreezeRepository}).
 *
 * @param format the document format, {@link StorageLayout#format()}
 * @param writeId fresh for every write, so that a write can recognise itself after a lost answer
 * @param pairId the pair whose signature failed verification
 * @param frozenAt an ISO-8601 instant, to the nanosecond
 */
record WalletFreezeDocument(
    int format, String writeId, String walletId, String pairId, String frozenAt) {}
