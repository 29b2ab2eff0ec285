package dev.tandem.adapter.inmemory;

import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Wallet freeze markers in memory, for as long as the component lives. Thread-safe: {@link
 * #createIfAbsent} is one atomic {@link ConcurrentMap#putIfAbsent}, so of racing freezes of one
 * wallet exactly one stores its marker. Markers hold ids and a time only.
 */
public final class InMemoryWalletFreezeRepository implements WalletFreezeRepositoryPort {
  private final ConcurrentMap<WalletId, WalletFreeze> markers = new ConcurrentHashMap<>();

  @Inject
  public InMemoryWalletFreezeRepository() {}

  @Override
  public boolean createIfAbsent(WalletFreeze freeze) {
    Objects.requireNonNull(freeze, "freeze");
    return markers.putIfAbsent(freeze.walletId(), freeze) == null;
  }

  @Override
  public Optional<WalletFreeze> find(WalletId walletId) {
    Objects.requireNonNull(walletId, "walletId");
    return Optional.ofNullable(markers.get(walletId));
  }
}
