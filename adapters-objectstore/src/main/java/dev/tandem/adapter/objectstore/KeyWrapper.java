package dev.tandem.adapter.objectstore;

/**
 * Wraps and unwraps the per-object data keys of the sealed envelope under a key that never leaves
 * its keeper (AWS KMS, Cloud KMS, or for development a local key-encryption key): the remote AEAD
 * of Tink's {@code KmsEnvelopeAead}. The core makes a fresh 256-bit data key per sealed secret,
 * encrypts the secret locally with AES-256-GCM under it, and stores only what {@link #wrap}
 * returns.
 *
 * <p>The {@link WrapContext} names the record the data key belongs to. An implementation must
 * authenticate it (as KMS encryption context, Cloud KMS additional authenticated data, or AES-GCM
 * associated data), so that a wrapped key opens only for the record it was wrapped for.
 *
 * <p>Failures: a wrapped key that was altered, wrapped under another key or for another context
 * throws {@link KeyUnwrapRefusedException}; a transient failure of the keeper throws {@link
 * dev.tandem.domain.error.StorageUnavailableException}; a refused configuration (a missing or
 * disabled key, no permission) throws {@link dev.tandem.domain.error.StorageMisconfiguredException}
 * naming the key. Messages never hold key material. Implementations are thread-safe.
 */
public interface KeyWrapper {

  /**
   * The wrapped form of {@code dataKey}, bound to {@code context}. The caller keeps (and wipes)
   * {@code dataKey}; the result is not secret.
   */
  byte[] wrap(byte[] dataKey, WrapContext context);

  /**
   * The data key {@code wrappedKey} holds; the caller owns and wipes the returned array.
   *
   * @throws KeyUnwrapRefusedException if the wrapped key was altered, or was wrapped under another
   *     key or for another context
   */
  byte[] unwrap(byte[] wrappedKey, WrapContext context);

  /** The key that wraps, for messages and configuration checks: an id, ARN or resource name. */
  String keyName();
}
