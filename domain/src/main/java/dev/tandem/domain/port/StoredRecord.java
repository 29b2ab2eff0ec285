package dev.tandem.domain.port;

import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;

/** A record kept per wallet and pair by a {@link ShareRecordRepositoryPort}. */
public interface StoredRecord<K extends PairId> {
  WalletId walletId();

  K pairId();
}
