/**
 * Every storage port in memory: thread-safe, the embedded default and the reference fake that the
 * shared contract suites are first written against. Secrets are held as private copies, wiped when
 * replaced or deleted.
 */
package dev.tandem.adapter.inmemory;
