/**
 * Dagger wiring of the GCP adapters: {@link dev.tandem.adapter.gcp.wiring.GcpTandemConfig} (bucket,
 * prefix, key-encryption key, timeouts, optional emulator host), {@link
 * dev.tandem.adapter.gcp.wiring.GcpClientsModule} (the {@code Storage} client) and {@link
 * dev.tandem.adapter.gcp.wiring.GcsStorageModule} (the storage ports). A component for a GCP
 * deployment installs both modules and binds the config with {@code @BindsInstance}; it must be
 * {@code @Singleton}-scoped, the scope of the shared client.
 */
package dev.tandem.adapter.gcp.wiring;
