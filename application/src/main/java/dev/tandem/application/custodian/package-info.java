/**
 * The custodian role: {@link dev.tandem.application.custodian.CosignService}, the endpoint behind
 * the channel that runs the custodian's half of every protocol and keeps its records in the durable
 * order of {@code application/DESIGN-NOTES.md}, and the administrative use cases (list, revoke,
 * eject).
 */
package dev.tandem.application.custodian;
