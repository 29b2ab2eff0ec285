/**
 * The storage core every object store shares: key storage, the custodian's share repositories,
 * wallet freeze markers and the session registry on any bucket with conditional writes, every
 * secret sealed in an envelope whose data key a {@link dev.tandem.adapter.objectstore.KeyWrapper}
 * wraps. A cloud module supplies an {@link dev.tandem.adapter.objectstore.ObjectStore} on its SDK
 * and a key wrapper on its key service, and nothing else.
 *
 * <p>The stored format (object layout, conditional writes, the envelope, the {@code RecordBinding}
 * that authenticates every clear-text field, what is not authenticated, version purging) is
 * described in the module's README; {@link dev.tandem.adapter.objectstore.StorageLayout} holds what
 * differs between deployments. Errors: a tampered, moved or unreadable object is {@link
 * dev.tandem.domain.error.StoredDataInvalidException} naming it, a lost race {@link
 * dev.tandem.domain.error.WriteConflictException}, and the store's and key wrapper's own failures
 * pass through ({@code STORAGE_UNAVAILABLE} when transient). Messages name objects by {@link
 * dev.tandem.adapter.objectstore.ObjectStore#url}, never their contents.
 *
 * <p>Thread-safe: the repositories hold no state of their own besides the store, the key wrapper
 * and a {@link java.security.SecureRandom}; every guarantee between concurrent writers comes from
 * the store's conditional writes. The JSON documents and their mapper are package-private.
 */
package dev.tandem.adapter.objectstore;
