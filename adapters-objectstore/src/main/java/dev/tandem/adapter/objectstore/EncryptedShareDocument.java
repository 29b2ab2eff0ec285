package dev.tandem.adapter.objectstore;

/**
 * A custodian share as stored: its public facts in the clear (and bound into the seal), its
 * material sealed.
 *
 * @param curve the {@link dev.tandem.domain.model.Curve} name
 * @param publicKey the wallet's public key, {@code 0x04…} hex
 * @param material the share material, sealed
 */
record EncryptedShareDocument(String curve, String publicKey, EnvelopeDocument material) {}
