/**
 * The protocols of PROTOCOL.md §3 (keygen), §4 (sign) and §5 (refresh): one immutable class per
 * message, named for its round, with a strict versioned encoding; one state machine per party and
 * protocol, which accepts exactly the next expected message and aborts for good, naming the peer,
 * on anything else (§7); and the versioned encoding of each party's share material.
 *
 * <p>Every transcript and commitment of a run is bound (through {@code SessionBinding}) to the
 * client's session id and the time it was issued, the protocol, the wallet and pair ids, and, for
 * sign and refresh, to Q1 and Q2 of the pair, so nothing made in one session or for one pair
 * verifies in another. The custodian admits each session id once, through the domain's {@code
 * SessionRegistryPort} (PROTOCOL.md §1).
 */
package dev.tandem.mpc.internal.protocol;
