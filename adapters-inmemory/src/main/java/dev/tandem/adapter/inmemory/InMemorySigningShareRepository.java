package dev.tandem.adapter.inmemory;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The custodian's signing shares in memory, with the conditional writes of {@link
 * SigningShareRepositoryPort}. Thread-safe; holds its own copy of each share and wipes it when the
 * record is replaced (as on revocation) or deleted. See {@link InMemoryShareRecordStore}.
 */
public final class InMemorySigningShareRepository implements SigningShareRepositoryPort {
  private final InMemoryShareRecordStore<SigningSharePairId, CustodianSigningShareRecord> store =
      new InMemoryShareRecordStore<>(new SigningShareRecordKind());

  @Inject
  public InMemorySigningShareRepository() {}

  @Override
  public Version create(CustodianSigningShareRecord record) {
    return store.create(record);
  }

  @Override
  public Optional<Versioned<CustodianSigningShareRecord>> find(
      WalletId walletId, SigningSharePairId pairId) {
    return store.find(walletId, pairId);
  }

  @Override
  public Version replace(CustodianSigningShareRecord record, Version expected) {
    return store.replace(record, expected);
  }

  @Override
  public List<Versioned<CustodianSigningShareRecord>> listByWallet(WalletId walletId) {
    return store.listByWallet(walletId);
  }

  @Override
  public void delete(WalletId walletId, SigningSharePairId pairId) {
    store.delete(walletId, pairId);
  }
}
