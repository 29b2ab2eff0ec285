package dev.tandem.adapter.aws;

/**
 * A secret as stored: the data key wrapped by KMS, and the secret encrypted under that data key
 * with AES-256-GCM. Nothing here opens without KMS.
 *
 * @param wrappedKey the KMS {@code Encrypt} ciphertext blob of the 256-bit data key
 * @param nonce the 96-bit AES-GCM nonce (public)
 * @param ciphertext the AES-GCM ciphertext followed by its 128-bit tag
 */
record EnvelopeDocument(byte[] wrappedKey, byte[] nonce, byte[] ciphertext) {}
