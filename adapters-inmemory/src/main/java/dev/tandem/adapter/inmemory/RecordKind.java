package dev.tandem.adapter.inmemory;

import java.time.Instant;

/**
 * What {@link InMemoryShareRecordStore} needs to know about one record type: how to copy and wipe
 * its secret material, and when it was created (the listing order).
 *
 * @param <R> the record type
 */
interface RecordKind<R> {

  /** A short name for error messages, such as {@code "signing share record"}. */
  String name();

  Instant createdAt(R record);

  /** An equal record that owns its own copy of every secret. */
  R copyOf(R record);

  /** Overwrites every secret the record holds. */
  void wipe(R record);
}
