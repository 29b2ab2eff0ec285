/**
 * Two-party ECDSA on secp256k1 (Lindell 2017 with additive shares, PROTOCOL.md) behind the domain's
 * engine ports: {@link dev.tandem.mpc.TwoPartyEcdsaClientEngine} (the client, P2), {@link
 * dev.tandem.mpc.TwoPartyEcdsaCustodianEngine} (the custodian, P1), {@link
 * dev.tandem.mpc.TwoPartyEcdsaKeyExport} (eject), configured by {@link
 * dev.tandem.mpc.EngineSettings}. No I/O, no storage, no clock: the caller moves the bytes and
 * keeps the shares.
 */
package dev.tandem.mpc;
