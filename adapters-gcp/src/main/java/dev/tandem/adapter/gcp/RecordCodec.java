package dev.tandem.adapter.gcp;

import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.StoredRecord;
import java.time.Instant;

/**
 * How {@link GcsRecordStore} turns one record type into a document and back.
 *
 * @param <K> the pair id type
 * @param <R> the record type
 */
interface RecordCodec<K extends PairId, R extends StoredRecord<K>> {

  RecordType type();

  /** Parses a pair id from an object name; throws {@code InvalidInputException} if illegal. */
  K pairId(String value);

  /** The document's bytes, with every secret sealed. */
  byte[] encode(R record);

  /** The record stored as {@code walletId}/{@code pairId}; checks the document belongs there. */
  R decode(byte[] content, WalletId walletId, K pairId) throws UnreadableDocumentException;

  /** The listing order: oldest first. */
  Instant createdAt(R record);

  /** The identity of a record, which its document's header must name; its other fields follow. */
  static RecordBinding binding(RecordType type, WalletId walletId, PairId pairId) {
    return RecordBinding.of(type, walletId.value(), pairId.value());
  }
}
