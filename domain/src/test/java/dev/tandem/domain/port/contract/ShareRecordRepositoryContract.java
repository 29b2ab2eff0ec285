package dev.tandem.domain.port.contract;

import static dev.tandem.domain.port.contract.ContractFixtures.CREATED_AT;
import static dev.tandem.domain.port.contract.ContractFixtures.LARGE_MATERIAL_LENGTH;
import static dev.tandem.domain.port.contract.ContractFixtures.MATERIAL_LENGTH;
import static dev.tandem.domain.port.contract.ContractFixtures.MAX_ID_LENGTH;
import static dev.tandem.domain.port.contract.ContractFixtures.assertSameSecret;
import static dev.tandem.domain.port.contract.ContractFixtures.assertWriteConflict;
import static dev.tandem.domain.port.contract.ContractFixtures.longestId;
import static dev.tandem.domain.port.contract.ContractFixtures.oddId;
import static dev.tandem.domain.port.contract.ContractFixtures.randomSecret;
import static dev.tandem.domain.port.contract.ContractFixtures.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.PairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ShareRecordRepositoryPort;
import dev.tandem.domain.port.StoredRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.SecretBytes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ShareRecordRepositoryPort} that holds for every record type: conditional
 * writes, races, versions, listing, isolation, ids and sizes. Extend {@link
 * SigningShareRepositoryContract} or {@link BackupShareRepositoryContract}, which add the rules of
 * their record type; this class cannot be extended outside its package.
 *
 * <p>Every test uses fresh random ids, so the adapters under test may share one backend.
 *
 * @param <K> the pair id type
 * @param <R> the record type
 */
public abstract class ShareRecordRepositoryContract<K extends PairId, R extends StoredRecord<K>> {
  private ShareRecordRepositoryPort<K, R> repository;

  ShareRecordRepositoryContract() {}

  /** A new adapter under test. Called before each test. */
  protected abstract ShareRecordRepositoryPort<K, R> createRepository();

  /** How many threads race for one write. Lower it for a backend that cannot take 16 at once. */
  protected int racingWriters() {
    return 16;
  }

  /** How long a race may take before the test fails. */
  protected Duration raceTimeout() {
    return Duration.ofSeconds(60);
  }

  abstract K pairId(String value);

  /** A valid record of the pair, holding {@code material} as its share material. */
  abstract R newRecord(WalletId walletId, K pairId, Instant createdAt, SecretBytes material);

  /** A valid record that may replace {@code record}, different from it and from other variants. */
  abstract R successor(R record, int variant);

  /** Asserts that every field matches, secrets compared in constant time. */
  abstract void assertSameRecord(R expected, R actual);

  /** A copy of the share material of a record that holds a share. */
  abstract SecretBytes material(R record);

  /** Destroys the record's share material, as a caller done with it would. */
  abstract void destroyShare(R record);

  @BeforeEach
  void createRepositoryUnderTest() {
    repository = createRepository();
  }

  final ShareRecordRepositoryPort<K, R> repository() {
    return repository;
  }

  final WalletId newWallet() {
    return WalletId.of(uniqueId("wallet"));
  }

  final K newPair() {
    return pairId(uniqueId("pair"));
  }

  final R newRecord(WalletId walletId, K pairId) {
    return newRecord(walletId, pairId, CREATED_AT, randomSecret(MATERIAL_LENGTH));
  }

  /** The stored record, failing the test if there is none. */
  final Versioned<R> stored(WalletId walletId, K pairId) {
    return repository
        .find(walletId, pairId)
        .orElseThrow(() -> new AssertionError("no record " + pairId + " in wallet " + walletId));
  }

  @Test
  void createThenFind_roundTripsEveryField() {
    R record = newRecord(newWallet(), newPair());

    Version version = repository.create(record);

    Versioned<R> found = stored(record.walletId(), record.pairId());
    assertSameRecord(record, found.value());
    assertEquals(version, found.version());
  }

  @Test
  void find_ofMissingRecord_isEmpty() {
    WalletId wallet = newWallet();
    repository.create(newRecord(wallet, newPair()));

    assertTrue(repository.find(wallet, newPair()).isEmpty());
    assertTrue(repository.find(newWallet(), newPair()).isEmpty());
  }

  @Test
  void create_whenRecordExists_throwsWriteConflictAndKeepsTheFirst() {
    R first = newRecord(newWallet(), newPair());
    Version version = repository.create(first);
    R second = newRecord(first.walletId(), first.pairId());

    assertWriteConflict(() -> repository.create(second));

    Versioned<R> found = stored(first.walletId(), first.pairId());
    assertSameRecord(first, found.value());
    assertEquals(version, found.version());
  }

  @Test
  void replace_withCurrentVersion_storesTheRecordUnderANewVersion() {
    R record = newRecord(newWallet(), newPair());
    Version created = repository.create(record);
    R next = successor(record, 1);

    Version replaced = repository.replace(next, created);

    assertNotEquals(created, replaced);
    Versioned<R> found = stored(record.walletId(), record.pairId());
    assertSameRecord(next, found.value());
    assertEquals(replaced, found.version());
  }

  @Test
  void replace_withStaleVersion_throwsWriteConflictAndKeepsTheStoredRecord() {
    R record = newRecord(newWallet(), newPair());
    Version stale = repository.create(record);
    R current = successor(record, 1);
    Version currentVersion = repository.replace(current, stale);

    assertWriteConflict(() -> repository.replace(successor(record, 2), stale));

    Versioned<R> found = stored(record.walletId(), record.pairId());
    assertSameRecord(current, found.value());
    assertEquals(currentVersion, found.version());
  }

  @Test
  void replace_ofMissingRecord_throwsWriteConflictAndCreatesNothing() {
    WalletId wallet = newWallet();
    R present = newRecord(wallet, newPair());
    Version version = repository.create(present);
    R missing = newRecord(wallet, newPair());

    assertWriteConflict(() -> repository.replace(missing, version));

    assertTrue(repository.find(wallet, missing.pairId()).isEmpty());
  }

  @Test
  void replace_afterDelete_throwsWriteConflictAndCreatesNothing() {
    R record = newRecord(newWallet(), newPair());
    Version version = repository.create(record);
    repository.delete(record.walletId(), record.pairId());

    assertWriteConflict(() -> repository.replace(successor(record, 1), version));

    assertTrue(repository.find(record.walletId(), record.pairId()).isEmpty());
  }

  @Test
  void versions_areNeverReused_evenAfterDeleteAndCreateAgain() {
    R record = newRecord(newWallet(), newPair());
    List<Version> versions = new ArrayList<>();
    versions.add(repository.create(record));
    for (int variant = 1; variant <= 3; variant++) {
      Version current = versions.get(versions.size() - 1);
      versions.add(repository.replace(successor(record, variant), current));
    }
    repository.delete(record.walletId(), record.pairId());

    Version recreated = repository.create(record);

    assertEquals(versions.size(), new HashSet<>(versions).size(), "versions: " + versions);
    assertFalse(versions.contains(recreated), "version reused after delete: " + recreated);
    for (Version old : versions) {
      assertWriteConflict(() -> repository.replace(successor(record, 9), old));
    }
    assertSameRecord(record, stored(record.walletId(), record.pairId()).value());
  }

  @Test
  void delete_removesOnlyThatRecord() {
    WalletId wallet = newWallet();
    R deleted = newRecord(wallet, newPair());
    R kept = newRecord(wallet, newPair());
    repository.create(deleted);
    repository.create(kept);

    repository.delete(wallet, deleted.pairId());

    assertTrue(repository.find(wallet, deleted.pairId()).isEmpty());
    assertSameRecord(kept, stored(wallet, kept.pairId()).value());
    assertEquals(List.of(kept.pairId()), pairIds(repository.listByWallet(wallet)));
  }

  @Test
  void delete_ofMissingRecord_doesNothing() {
    WalletId wallet = newWallet();
    R kept = newRecord(wallet, newPair());
    repository.create(kept);

    repository.delete(wallet, newPair());
    repository.delete(newWallet(), newPair());

    assertSameRecord(kept, stored(wallet, kept.pairId()).value());
  }

  @Test
  void delete_ofAReplacedRecord_leavesNoVersionBehind() {
    R record = newRecord(newWallet(), newPair());
    Version version = repository.create(record);
    repository.replace(successor(record, 1), version);

    repository.delete(record.walletId(), record.pairId());

    assertTrue(repository.find(record.walletId(), record.pairId()).isEmpty());
    assertTrue(repository.listByWallet(record.walletId()).isEmpty());
  }

  @Test
  void recordDeletedThenCreatedAgain_isTheNewRecord() {
    R first = newRecord(newWallet(), newPair());
    repository.create(first);
    repository.delete(first.walletId(), first.pairId());
    R second = newRecord(first.walletId(), first.pairId());

    Version version = repository.create(second);

    Versioned<R> found = stored(first.walletId(), first.pairId());
    assertSameRecord(second, found.value());
    assertEquals(version, found.version());
  }

  @Test
  void listByWallet_ofUnknownWallet_isEmpty() {
    assertTrue(repository.listByWallet(newWallet()).isEmpty());
  }

  @Test
  void listByWallet_isOldestFirst_thenByPairId() {
    WalletId wallet = newWallet();
    String pairBase = uniqueId("pair");
    Instant t0 = CREATED_AT;
    Instant t1 = t0.plusSeconds(1);
    Instant t2 = t0.plusSeconds(2);
    R newest = newRecord(wallet, pairId(pairBase + "-a"), t2, randomSecret(MATERIAL_LENGTH));
    R tiedSecond = newRecord(wallet, pairId(pairBase + "-c"), t1, randomSecret(MATERIAL_LENGTH));
    R oldest = newRecord(wallet, pairId(pairBase + "-z"), t0, randomSecret(MATERIAL_LENGTH));
    R tiedFirst = newRecord(wallet, pairId(pairBase + "-b"), t1, randomSecret(MATERIAL_LENGTH));
    List<Version> versions = new ArrayList<>();
    for (R record : List.of(newest, tiedSecond, oldest, tiedFirst)) {
      versions.add(repository.create(record));
    }

    List<Versioned<R>> listed = repository.listByWallet(wallet);

    List<R> expectedOrder = List.of(oldest, tiedFirst, tiedSecond, newest);
    assertEquals(expectedOrder.stream().map(StoredRecord::pairId).toList(), pairIds(listed));
    for (int i = 0; i < expectedOrder.size(); i++) {
      assertSameRecord(expectedOrder.get(i), listed.get(i).value());
    }
    assertEquals(
        Set.of(versions.toArray()),
        listed.stream().map(Versioned::version).collect(Collectors.toSet()));
  }

  @Test
  void listByWallet_reportsTheVersionThatFindReports() {
    R record = newRecord(newWallet(), newPair());
    Version created = repository.create(record);
    Version replaced = repository.replace(successor(record, 1), created);

    List<Versioned<R>> listed = repository.listByWallet(record.walletId());

    assertEquals(1, listed.size());
    assertEquals(replaced, listed.get(0).version());
    assertEquals(stored(record.walletId(), record.pairId()).version(), listed.get(0).version());
  }

  @Test
  void listByWallet_isolatesWallets_whoseIdsSharePrefixesOrDifferInCase() {
    String base = uniqueId("wallet");
    WalletId wallet = WalletId.of(base);
    List<WalletId> neighbours =
        List.of(
            WalletId.of(base + "0"),
            WalletId.of(base + ".x"),
            WalletId.of(base + "-"),
            WalletId.of(base.toUpperCase()),
            WalletId.of(base.substring(0, base.length() - 1)));
    R own = newRecord(wallet, newPair());
    repository.create(own);
    for (WalletId neighbour : neighbours) {
      repository.create(newRecord(neighbour, newPair()));
    }

    assertEquals(List.of(own.pairId()), pairIds(repository.listByWallet(wallet)));
    for (WalletId neighbour : neighbours) {
      assertEquals(1, repository.listByWallet(neighbour).size(), "wallet " + neighbour);
    }
  }

  @Test
  void samePairIdInTwoWallets_isTwoIndependentRecords() {
    K pair = newPair();
    R inFirst = newRecord(newWallet(), pair);
    R inSecond = newRecord(newWallet(), pair);
    repository.create(inFirst);
    repository.create(inSecond);

    repository.delete(inFirst.walletId(), pair);

    assertTrue(repository.find(inFirst.walletId(), pair).isEmpty());
    assertSameRecord(inSecond, stored(inSecond.walletId(), pair).value());
  }

  @Test
  void pairIdsDifferingOnlyInCase_areDistinctRecords() {
    WalletId wallet = newWallet();
    String id = uniqueId("pair");
    R lower = newRecord(wallet, pairId(id));
    R upper = newRecord(wallet, pairId(id.toUpperCase()));
    repository.create(lower);
    repository.create(upper);

    assertSameRecord(lower, stored(wallet, lower.pairId()).value());
    assertSameRecord(upper, stored(wallet, upper.pairId()).value());
    assertEquals(2, repository.listByWallet(wallet).size());
  }

  @Test
  void concurrentCreatesOfOneRecord_haveExactlyOneWinner() throws InterruptedException {
    WalletId wallet = newWallet();
    K pair = newPair();
    List<R> candidates = new ArrayList<>();
    for (int i = 0; i < racingWriters(); i++) {
      candidates.add(newRecord(wallet, pair));
    }

    Contenders<Version> race =
        Contenders.race(racingWriters(), raceTimeout(), i -> repository.create(candidates.get(i)));

    int winner = race.onlyWinner();
    Versioned<R> found = stored(wallet, pair);
    assertSameRecord(candidates.get(winner), found.value());
    assertEquals(race.resultOf(winner), found.version());
  }

  @Test
  void concurrentReplacesFromOneVersion_haveExactlyOneWinner() throws InterruptedException {
    R record = newRecord(newWallet(), newPair());
    Version base = repository.create(record);
    List<R> candidates = new ArrayList<>();
    for (int i = 0; i < racingWriters(); i++) {
      candidates.add(successor(record, i + 1));
    }

    Contenders<Version> race =
        Contenders.race(
            racingWriters(), raceTimeout(), i -> repository.replace(candidates.get(i), base));

    int winner = race.onlyWinner();
    Versioned<R> found = stored(record.walletId(), record.pairId());
    assertSameRecord(candidates.get(winner), found.value());
    assertEquals(race.resultOf(winner), found.version());
    Version next = repository.replace(successor(record, 0), found.version());
    assertNotEquals(found.version(), next);
  }

  @Test
  void concurrentCreatesOfDistinctRecords_allSucceedAndAreListed() throws InterruptedException {
    WalletId wallet = newWallet();
    List<R> records = new ArrayList<>();
    for (int i = 0; i < racingWriters(); i++) {
      records.add(newRecord(wallet, newPair()));
    }

    Contenders<Version> race =
        Contenders.race(racingWriters(), raceTimeout(), i -> repository.create(records.get(i)));

    race.assertAllWon();
    Set<K> listed = new HashSet<>(pairIds(repository.listByWallet(wallet)));
    assertEquals(records.stream().map(StoredRecord::pairId).collect(Collectors.toSet()), listed);
  }

  @Test
  void largeShareMaterial_roundTrips() {
    R record =
        newRecord(newWallet(), newPair(), CREATED_AT, randomSecret(LARGE_MATERIAL_LENGTH));

    repository.create(record);

    assertSameRecord(record, stored(record.walletId(), record.pairId()).value());
  }

  @Test
  void emptyShareMaterial_roundTrips() {
    R record = newRecord(newWallet(), newPair(), CREATED_AT, randomSecret(0));

    repository.create(record);

    assertSameRecord(record, stored(record.walletId(), record.pairId()).value());
  }

  @Test
  void idsWithEveryLegalPunctuation_roundTrip() {
    WalletId wallet = WalletId.of(oddId());
    R record = newRecord(wallet, pairId(oddId()));

    Version version = repository.create(record);

    assertSameRecord(record, stored(wallet, record.pairId()).value());
    assertEquals(List.of(record.pairId()), pairIds(repository.listByWallet(wallet)));
    repository.replace(successor(record, 1), version);
    repository.delete(wallet, record.pairId());
    assertTrue(repository.find(wallet, record.pairId()).isEmpty());
  }

  @Test
  void longestLegalIds_roundTrip() {
    WalletId wallet = WalletId.of(longestId());
    R record = newRecord(wallet, pairId(longestId()));
    assertEquals(MAX_ID_LENGTH, wallet.value().length());

    Version version = repository.create(record);

    assertSameRecord(record, stored(wallet, record.pairId()).value());
    assertEquals(List.of(record.pairId()), pairIds(repository.listByWallet(wallet)));
    repository.replace(successor(record, 1), version);
    repository.delete(wallet, record.pairId());
    assertTrue(repository.find(wallet, record.pairId()).isEmpty());
  }

  @Test
  void storedRecord_survivesTheCallerDestroyingItsShare() {
    R record = newRecord(newWallet(), newPair());
    SecretBytes material = material(record);
    repository.create(record);

    destroyShare(record);

    R found = stored(record.walletId(), record.pairId()).value();
    assertSameSecret(material, material(found), "share material");
  }

  @Test
  void readRecords_areFreshCopies() {
    R record = newRecord(newWallet(), newPair());
    repository.create(record);

    destroyShare(stored(record.walletId(), record.pairId()).value());
    destroyShare(repository.listByWallet(record.walletId()).get(0).value());

    assertSameRecord(record, stored(record.walletId(), record.pairId()).value());
  }

  static <K extends PairId, R extends StoredRecord<K>> List<K> pairIds(List<Versioned<R>> listed) {
    return listed.stream().map(v -> v.value().pairId()).toList();
  }
}
