package dev.tandem.wiring;

/**
 * Both roles in one process, the client calling the custodian over the loopback channel: what the
 * embedded components ({@code InMemoryTandemComponent}, {@code AwsTandemComponent}, {@code
 * GcpTandemComponent}) offer, so that a program (the demo, a test) runs the same on each.
 */
public interface EmbeddedServices extends ClientServices, CustodianServices {}
