/**
 * Dagger wiring of the GCP adapters: {@link dev.tandem.adapter.gcp.wiring.GcpTandemConfig} (bucket,
 * prefix, key-encryption key, timeouts, optional emulator host, and the component's engine and
 * session settings), {@link dev.tandem.adapter.gcp.wiring.GcpClientsModule} (the {@code Storage}
 * client) and {@link dev.tandem.adapter.gcp.wiring.GcsStorageModule} (the storage ports). A
 * component for a GCP deployment installs both modules and binds the config with {@code
 * @BindsInstance}; it must be {@code @Singleton}-scoped, the scope of the shared client.
 *
 * <p>{@link dev.tandem.adapter.gcp.wiring.GcpTandemComponent} is that component with the use cases:
 * it adds {@link dev.tandem.adapter.gcp.wiring.GcpConfigModule} (clock, randomness, session and
 * engine settings), {@link dev.tandem.adapter.gcp.wiring.ProcessLocalStateModule} (the in-memory,
 * so process-local, wallet lock, idempotency store and audit log) and the shared modules of
 * {@code dev.tandem.adapter.inmemory.wiring} and the engine.
 */
package dev.tandem.adapter.gcp.wiring;
