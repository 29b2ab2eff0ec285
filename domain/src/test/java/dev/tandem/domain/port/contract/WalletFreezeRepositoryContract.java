package dev.tandem.domain.port.contract;

import static dev.tandem.domain.port.contract.ContractFixtures.CREATED_AT;
import static dev.tandem.domain.port.contract.ContractFixtures.MAX_ID_LENGTH;
import static dev.tandem.domain.port.contract.ContractFixtures.longestId;
import static dev.tandem.domain.port.contract.ContractFixtures.oddId;
import static dev.tandem.domain.port.contract.ContractFixtures.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.WalletFreezeRepositoryPort;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link WalletFreezeRepositoryPort} adapter passes: a marker, once stored, is
 * found by every adapter on the same storage; storing is a conditional create that keeps the first
 * marker and never fails for a frozen wallet; of racing freezes exactly one stores; wallets are
 * independent whatever their ids share. Extend it and implement {@link #createRepository()}.
 *
 * <p>Every test uses fresh random ids, so the adapters under test may share one backend.
 */
public abstract class WalletFreezeRepositoryContract {
  private WalletFreezeRepositoryPort repository;

  /**
   * A new adapter under test. Called before each test, and again by tests that check what a second
   * adapter (a restarted custodian) sees: every adapter it returns must use the same storage.
   */
  protected abstract WalletFreezeRepositoryPort createRepository();

  /** How many threads race to freeze one wallet. Lower it for a backend that cannot take 16. */
  protected int racingWriters() {
    return 16;
  }

  /** How long a race may take before the test fails. */
  protected Duration raceTimeout() {
    return Duration.ofSeconds(60);
  }

  @BeforeEach
  void createRepositoryUnderTest() {
    repository = createRepository();
  }

  @Test
  void find_ofAWalletNeverFrozen_isEmpty() {
    assertTrue(repository.find(newWallet()).isEmpty());
  }

  @Test
  void createIfAbsent_thenFind_returnsTheSameFacts() {
    WalletFreeze freeze = freezeOf(newWallet());

    assertTrue(repository.createIfAbsent(freeze));

    assertEquals(Optional.of(freeze), repository.find(freeze.walletId()));
  }

  @Test
  void createIfAbsent_onAFrozenWallet_returnsFalseAndKeepsTheFirstMarker() {
    WalletId wallet = newWallet();
    WalletFreeze first = freezeOf(wallet);
    repository.createIfAbsent(first);
    WalletFreeze second =
        new WalletFreeze(
            wallet, SigningSharePairId.of(uniqueId("pair")), CREATED_AT.plusSeconds(5));

    assertFalse(repository.createIfAbsent(second));
    assertFalse(repository.createIfAbsent(first), "storing the same marker again is no error");

    assertEquals(Optional.of(first), repository.find(wallet));
  }

  @Test
  void aMarker_isFoundByAnotherAdapterOnTheSameStorage() {
    WalletFreeze freeze = freezeOf(newWallet());
    repository.createIfAbsent(freeze);

    WalletFreezeRepositoryPort restarted = createRepository();

    assertEquals(Optional.of(freeze), restarted.find(freeze.walletId()));
    assertFalse(restarted.createIfAbsent(freezeOf(freeze.walletId())));
  }

  @Test
  void concurrentFreezesOfOneWallet_haveExactlyOneCreator_andOneMarker()
      throws InterruptedException {
    WalletId wallet = newWallet();
    List<WalletFreeze> candidates =
        IntStream.range(0, racingWriters())
            .mapToObj(i -> new WalletFreeze(wallet, SigningSharePairId.of("pair-" + i), CREATED_AT))
            .toList();

    Contenders<Boolean> race =
        Contenders.race(
            racingWriters(), raceTimeout(), i -> repository.createIfAbsent(candidates.get(i)));

    race.assertAllWon();
    List<Integer> creators =
        IntStream.range(0, racingWriters()).filter(i -> race.resultOf(i)).boxed().toList();
    assertEquals(1, creators.size(), "calls that say they stored the marker: " + creators);
    assertEquals(Optional.of(candidates.get(creators.get(0))), repository.find(wallet));
  }

  @Test
  void walletsWhoseIdsShareAPrefix_areFrozenIndependently() {
    String base = uniqueId("wallet");
    WalletId frozen = WalletId.of(base);
    List<WalletId> neighbours =
        List.of(
            WalletId.of(base + "0"),
            WalletId.of(base + ".x"),
            WalletId.of(base + "-"),
            WalletId.of(base.toUpperCase()),
            WalletId.of(base.substring(0, base.length() - 1)));

    repository.createIfAbsent(freezeOf(frozen));

    for (WalletId neighbour : neighbours) {
      assertTrue(repository.find(neighbour).isEmpty(), "wallet " + neighbour);
    }
    WalletFreeze neighbourFreeze = freezeOf(neighbours.get(0));
    assertTrue(repository.createIfAbsent(neighbourFreeze));
    assertEquals(Optional.of(neighbourFreeze), repository.find(neighbours.get(0)));
  }

  @Test
  void idsWithEveryLegalPunctuation_andLongestIds_roundTrip() {
    for (WalletFreeze freeze :
        List.of(
            new WalletFreeze(WalletId.of(oddId()), SigningSharePairId.of(oddId()), CREATED_AT),
            new WalletFreeze(
                WalletId.of(longestId()), SigningSharePairId.of(longestId()), CREATED_AT))) {
      assertTrue(freeze.pairId().value().length() <= MAX_ID_LENGTH);

      assertTrue(repository.createIfAbsent(freeze));

      assertEquals(Optional.of(freeze), repository.find(freeze.walletId()));
    }
  }

  private static WalletId newWallet() {
    return WalletId.of(uniqueId("wallet"));
  }

  /** A marker with a nanosecond time, so that an adapter truncating instants is caught. */
  private static WalletFreeze freezeOf(WalletId wallet) {
    return new WalletFreeze(wallet, SigningSharePairId.of(uniqueId("pair")), CREATED_AT);
  }
}
