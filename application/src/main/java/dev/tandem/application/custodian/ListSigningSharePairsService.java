package dev.tandem.application.custodian;

import dev.tandem.application.port.in.ListSigningSharePairsCommand;
import dev.tandem.application.port.in.ListSigningSharePairsResult;
import dev.tandem.application.port.in.ListSigningSharePairsUseCase;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.BackupShareRepositoryPort;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Versioned;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link ListSigningSharePairsUseCase}: the public facts of each signing record, oldest first. On a
 * frozen wallet every pair that is not revoked is listed {@code FROZEN}, also while the freeze is
 * still being written to its records.
 */
public final class ListSigningSharePairsService implements ListSigningSharePairsUseCase {
  private final CustodianRecords records;

  private final FrozenWallets frozenWallets;

  @Inject
  public ListSigningSharePairsService(
      SigningShareRepositoryPort signingShares,
      BackupShareRepositoryPort backupShares,
      FrozenWallets frozenWallets) {
    this.records =
        new CustodianRecords(
            Objects.requireNonNull(signingShares, "signingShares"),
            Objects.requireNonNull(backupShares, "backupShares"));
    this.frozenWallets = Objects.requireNonNull(frozenWallets, "frozenWallets");
  }

  @Override
  public ListSigningSharePairsResult listSigningSharePairs(ListSigningSharePairsCommand command) {
    Objects.requireNonNull(command, "command");
    WalletId walletId = command.walletId();
    List<Versioned<CustodianSigningShareRecord>> stored =
        records.signingShares().listByWallet(walletId);
    boolean frozen = !stored.isEmpty() && frozenWallets.isFrozen(walletId);
    List<SigningSharePairSummary> pairs = new ArrayList<>(stored.size());
    for (Versioned<CustodianSigningShareRecord> versioned : stored) {
      CustodianSigningShareRecord record = versioned.value();
      CustodianRecords.wipe(record);
      boolean live =
          record.status() == PairStatus.INCOMPLETE || record.status() == PairStatus.COMPLETED;
      pairs.add(
          new SigningSharePairSummary(
              record.pairId(),
              frozen && live ? PairStatus.FROZEN : record.status(),
              record.deviceLabel().orElse(null),
              record.createdAt()));
    }
    if (pairs.isEmpty() && !records.walletExists(walletId)) {
      throw NotFoundException.wallet(walletId);
    }
    return new ListSigningSharePairsResult(walletId, pairs);
  }
}
