package dev.tandem.adapter.objectstore;

/**
 * A secret as stored: the data key wrapped by the {@link KeyWrapper}, and the secret encrypted
 * under that data key with AES-256-GCM. Nothing here opens without the key wrapper.
 *
 * @param wrappedKey what {@link KeyWrapper#wrap} returned for the 256-bit data key (on AWS, the
 *     KMS {@code Encrypt} ciphertext blob)
 * @param nonce the 96-bit AES-GCM nonce (public)
 * @param ciphertext the AES-GCM ciphertext followed by its 128-bit tag
 */
record EnvelopeDocument(byte[] wrappedKey, byte[] nonce, byte[] ciphertext) {}
