/**
 * Dagger wiring of the in-memory adapters, and the in-memory components per role:
 *
 * <ul>
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.InMemoryKeyStorageModule}: the user's key
 *       storage in memory;
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.InMemoryCustodianStorageModule}: the
 *       custodian's share repositories, wallet freeze markers and session registry in memory;
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.InMemoryConfigModule}: the settings of {@link
 *       dev.tandem.adapter.inmemory.wiring.InMemoryTandemConfig}.
 * </ul>
 *
 * <p>With the shared modules of {@code dev.tandem.wiring} (use cases per role, share codec,
 * settings, loopback channel, process-local lock, idempotency store and audit log) and the engine's
 * {@link dev.tandem.mpc.MpcEngineModule}, they make three components: {@link
 * dev.tandem.adapter.inmemory.wiring.InMemoryCustodianComponent} (the custodian alone), {@link
 * dev.tandem.adapter.inmemory.wiring.InMemoryClientComponent} (the client alone, given its channel)
 * and {@link dev.tandem.adapter.inmemory.wiring.InMemoryTandemComponent} (both roles over the
 * loopback, the embedded default). Nothing is stored beyond the process.
 */
package dev.tandem.adapter.inmemory.wiring;
