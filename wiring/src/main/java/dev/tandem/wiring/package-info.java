/**
 * What every deployment shares, whatever its storage (the module depends on the application, the
 * engine and the JSON share codec, and on no storage adapter):
 *
 * <ul>
 *   <li>{@link dev.tandem.wiring.ClientUseCaseModule} and {@link
 *       dev.tandem.wiring.CustodianUseCaseModule}: each role's use cases to their services;
 *   <li>{@link dev.tandem.wiring.ShareCodecModule}: key shares as versioned JSON documents;
 *   <li>{@link dev.tandem.wiring.TandemSettings} and {@link dev.tandem.wiring.TandemSettingsModule}:
 *       the clock, randomness, session expiry, session registry window and engine settings;
 *   <li>{@link dev.tandem.wiring.LoopbackChannelModule}: the client's channel to a custodian in the
 *       same component ({@link dev.tandem.wiring.LoopbackCosignerChannel});
 *   <li>{@link dev.tandem.wiring.local.ProcessLocalStateModule}: the process-local wallet lock,
 *       idempotency store and audit log;
 *   <li>the role interfaces every component extends: {@link dev.tandem.wiring.ClientServices},
 *       {@link dev.tandem.wiring.CustodianServices} and, for both roles over the loopback, {@link
 *       dev.tandem.wiring.EmbeddedServices}.
 * </ul>
 *
 * <p>Each storage adapter module adds its storage modules and its components per role in its own
 * {@code ..wiring} package: a custodian component, a client component (given its channel to the
 * custodian) and the embedded one.
 */
package dev.tandem.wiring;
