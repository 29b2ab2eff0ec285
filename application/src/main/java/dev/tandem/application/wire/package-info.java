/**
 * The client ↔ custodian envelope: what every {@code CosignerChannelPort.exchange} carries. A
 * versioned binary record written and strictly parsed with the application's one binary writer and
 * reader ({@code dev.tandem.application.internal}): {@link
 * dev.tandem.application.wire.CosignRequest} (a request kind, the wallet id, the ids the kind needs
 * and, for protocol steps, the engine's opaque message), {@link
 * dev.tandem.application.wire.CosignReply} (the engine's next message, an acknowledgement with
 * data, or an error), and {@link dev.tandem.application.wire.CosignWire}, the codec. See {@link
 * dev.tandem.application.wire.CosignWire} for the byte layout.
 */
package dev.tandem.application.wire;
