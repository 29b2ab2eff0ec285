/**
 * The wallet lock, idempotency store and audit log every deployment uses today, kept in this
 * process only ({@link dev.tandem.wiring.local.ProcessLocalStateModule} binds them). Durable,
 * shared implementations for a custodian run as several instances are not built yet.
 */
package dev.tandem.wiring.local;
