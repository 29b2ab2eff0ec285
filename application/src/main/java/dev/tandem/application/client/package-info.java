/**
 * The client role's use cases. Each drives its protocol with the custodian through {@link
 * dev.tandem.domain.port.CosignerChannelPort}, one envelope per exchange, and keeps the durable
 * order of writes of {@code application/DESIGN-NOTES.md}. Modifying use cases are idempotent
 * through {@link dev.tandem.domain.port.IdempotencyStorePort}.
 */
package dev.tandem.application.client;
