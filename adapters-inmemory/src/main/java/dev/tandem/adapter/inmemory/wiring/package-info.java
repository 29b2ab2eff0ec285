/**
 * Dagger wiring of the embedded deployment, one module per binding that has an alternative:
 *
 * <ul>
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.UseCaseModule}: every use case of both roles to
 *       its service. It knows no adapter, so the AWS and GCP components include it too;
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.InMemoryStorageModule}: key storage, share
 *       repositories, wallet freeze markers, wallet lock, idempotency store, audit log and
 *       session registry in memory;
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.LoopbackChannelModule}: the client's channel to
 *       the custodian as an in-process call;
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.JsonShareCodecModule}: key shares as versioned
 *       JSON documents;
 *   <li>{@link dev.tandem.adapter.inmemory.wiring.InMemoryConfigModule}: the clock, randomness,
 *       session expiry, session registry window and engine settings from {@link
 *       dev.tandem.adapter.inmemory.wiring.InMemoryTandemConfig}.
 * </ul>
 *
 * <p>{@link dev.tandem.adapter.inmemory.wiring.InMemoryTandemComponent} puts them together with
 * the engine's {@link dev.tandem.mpc.MpcEngineModule}: both roles in one JVM, nothing
 * stored beyond the process.
 */
package dev.tandem.adapter.inmemory.wiring;
