/**
 * The storage core every object store shares: key storage, the custodian's share repositories,
 * wallet freeze markers and the session registry on any bucket with conditional writes, every
 * secret sealed in an envelope whose data key a {@link dev.tandem.adapter.objectstore.KeyWrapper}
 * wraps. A cloud module supplies an {@link dev.tandem.adapter.objectstore.ObjectStore} on its SDK
 * and a key wrapper on its key service, and nothing else.
 */
package dev.tandem.adapter.objectstore;
