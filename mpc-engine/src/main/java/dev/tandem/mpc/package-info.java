/**
 * Two-party ECDSA on secp256k1 (Lindell 2017 with additive shares, PROTOCOL.md) behind the domain's
 * engine ports: {@link dev.tandem.mpc.TwoPartyEcdsaClientEngine} (the client, P2), {@link
 * dev.tandem.mpc.TwoPartyEcdsaCustodianEngine} (the custodian, P1), {@link
 * dev.tandem.mpc.TwoPartyEcdsaKeyExport} (eject), configured by {@link
 * dev.tandem.mpc.EngineSettings}. No I/O and no storage: the caller moves the bytes and keeps the
 * shares. The only clock read is the one in the settings, by the client, to stamp its first message;
 * the custodian asks its {@link dev.tandem.domain.port.SessionRegistryPort}, which owns its clock,
 * whether that stamp and the session id may be admitted.
 */
package dev.tandem.mpc;
