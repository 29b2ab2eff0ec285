/**
 * The client ↔ custodian envelope: what every {@code CosignerChannelPort.exchange} carries. A
 * versioned binary record written with {@link java.io.DataOutputStream} and parsed strictly: {@link
 * dev.tandem.application.wire.CosignRequest} (a request kind, the wallet id, the ids the kind needs
 * and, for protocol steps, the engine's opaque message), {@link
 * dev.tandem.application.wire.CosignReply} (the engine's next message, an acknowledgement with
 * data, or an error), and {@link dev.tandem.application.wire.CosignWire}, the codec. See {@link
 * dev.tandem.application.wire.CosignWire} for the byte layout.
 */
package dev.tandem.application.wire;
