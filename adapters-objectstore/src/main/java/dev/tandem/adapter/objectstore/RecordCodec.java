package dev.tandem.adapter.objectstore;

import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.StoredRecord;
import java.time.Instant;

/**
 * Turns one record type into the bytes of its object and back, sealing and opening its share
 * through a {@link SealedEnvelope}.
 */
interface RecordCodec<K extends PairId, R extends StoredRecord<K>> {
  /** The kind of record, for object names and messages. */
  RecordType type();

  /** The pair id a listed object's name holds. */
  K pairId(String value);

  /** The document bytes of a record; every call has a fresh write id and a freshly sealed share. */
  byte[] encode(R record, String objectName);

  /**
   * The record an object holds, after checking that it is the record the object name names.
   *
   * @throws dev.tandem.domain.error.StoredDataInvalidException if the object cannot be read or trusted
   */
  R decode(byte[] body, WalletId walletId, K pairId, String objectName);

  /** What listing orders by first. */
  Instant createdAt(R record);
}
