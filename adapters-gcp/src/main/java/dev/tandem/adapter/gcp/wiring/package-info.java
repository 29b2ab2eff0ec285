/**
 * Dagger wiring of the GCP adapters: {@link dev.tandem.adapter.gcp.wiring.GcpTandemConfig} (bucket,
 * prefix, key-encryption key, timeouts, optional emulator host, and the settings every deployment
 * has), {@link dev.tandem.adapter.gcp.wiring.GcpClientsModule} (the {@code Storage} client), {@link
 * dev.tandem.adapter.gcp.wiring.GcsStorageModule} (the storage ports) and {@link
 * dev.tandem.adapter.gcp.wiring.GcpConfigModule} (the config's settings, and from them the clock,
 * randomness, session and engine settings). A component for a GCP deployment installs them and
 * binds the config with {@code @BindsInstance}; it must be {@code @Singleton}-scoped, the scope of
 * the shared client.
 *
 * <p>With the shared modules of {@code dev.tandem.wiring} (use cases per role, JSON share codec,
 * process-local wallet lock, idempotency store and audit log, loopback channel) and the engine's,
 * they make three components: {@link dev.tandem.adapter.gcp.wiring.GcpCustodianComponent} (what
 * the backend runs), {@link dev.tandem.adapter.gcp.wiring.GcpClientComponent} (the client, given
 * its channel to the custodian) and {@link dev.tandem.adapter.gcp.wiring.GcpTandemComponent} (both
 * over the loopback).
 */
package dev.tandem.adapter.gcp.wiring;
