package dev.tandem.domain.port.contract;

import static dev.tandem.domain.port.contract.ContractFixtures.MAX_ID_LENGTH;
import static dev.tandem.domain.port.contract.ContractFixtures.assertSameSecret;
import static dev.tandem.domain.port.contract.ContractFixtures.assertWriteConflict;
import static dev.tandem.domain.port.contract.ContractFixtures.longestId;
import static dev.tandem.domain.port.contract.ContractFixtures.oddId;
import static dev.tandem.domain.port.contract.ContractFixtures.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.SecretBytes;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link KeyStoragePort} adapter passes: create-once under an id, get, delete,
 * list, races, isolation between wallets, and odd but legal ids. Extend it and implement {@link
 * #createKeyStorage()}.
 *
 * <p>Every test uses fresh random ids, so the adapters under test may share one backend.
 */
public abstract class KeyStorageContract {
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyStoragePort storage;

  /** A new adapter under test. Called before each test. */
  protected abstract KeyStoragePort createKeyStorage();

  /** How many threads race for one write. Lower it for a backend that cannot take 16 at once. */
  protected int racingWriters() {
    return 16;
  }

  /** How long a race may take before the test fails. */
  protected Duration raceTimeout() {
    return Duration.ofSeconds(60);
  }

  @BeforeEach
  void createStorageUnderTest() {
    storage = createKeyStorage();
  }

  @Test
  void createThenGet_returnsTheSameKey() {
    WalletId wallet = newWallet();
    BackupKeyId keyId = newKeyId();
    BackupEncryptionKey key = newKey();

    storage.create(wallet, keyId, key);

    assertSameKey(key, storage.get(wallet, keyId));
  }

  @Test
  void get_ofMissingKey_throwsEncryptionKeyNotFound() {
    WalletId wallet = newWallet();
    storage.create(wallet, newKeyId(), newKey());

    assertKeyNotFound(wallet, newKeyId());
    assertKeyNotFound(newWallet(), newKeyId());
  }

  @Test
  void create_whenIdIsTaken_throwsWriteConflictAndKeepsTheFirstKey() {
    WalletId wallet = newWallet();
    BackupKeyId keyId = newKeyId();
    BackupEncryptionKey first = newKey();
    storage.create(wallet, keyId, first);

    assertWriteConflict(() -> storage.create(wallet, keyId, newKey()));

    assertSameKey(first, storage.get(wallet, keyId));
  }

  @Test
  void delete_removesOnlyThatKey() {
    WalletId wallet = newWallet();
    BackupKeyId deleted = newKeyId();
    BackupKeyId kept = newKeyId();
    BackupEncryptionKey keptKey = newKey();
    storage.create(wallet, deleted, newKey());
    storage.create(wallet, kept, keptKey);

    storage.delete(wallet, deleted);

    assertKeyNotFound(wallet, deleted);
    assertSameKey(keptKey, storage.get(wallet, kept));
    assertEquals(List.of(kept), storage.list(wallet));
  }

  @Test
  void delete_ofMissingKey_doesNothing() {
    WalletId wallet = newWallet();
    BackupKeyId kept = newKeyId();
    BackupEncryptionKey keptKey = newKey();
    storage.create(wallet, kept, keptKey);

    storage.delete(wallet, newKeyId());
    storage.delete(newWallet(), newKeyId());

    assertSameKey(keptKey, storage.get(wallet, kept));
  }

  @Test
  void deletedKeyId_isFreeAgain() {
    WalletId wallet = newWallet();
    BackupKeyId keyId = newKeyId();
    storage.create(wallet, keyId, newKey());
    storage.delete(wallet, keyId);
    BackupEncryptionKey second = newKey();

    storage.create(wallet, keyId, second);

    assertSameKey(second, storage.get(wallet, keyId));
  }

  @Test
  void list_ofUnknownWallet_isEmpty() {
    assertTrue(storage.list(newWallet()).isEmpty());
  }

  @Test
  void list_returnsEveryKeyOfTheWallet_andNoOther() {
    String base = uniqueId("wallet");
    WalletId wallet = WalletId.of(base);
    List<WalletId> neighbours =
        List.of(
            WalletId.of(base + "0"),
            WalletId.of(base + ".x"),
            WalletId.of(base + "-"),
            WalletId.of(base.toUpperCase()),
            WalletId.of(base.substring(0, base.length() - 1)));
    Set<BackupKeyId> own = Set.of(newKeyId(), newKeyId(), newKeyId());
    for (BackupKeyId keyId : own) {
      storage.create(wallet, keyId, newKey());
    }
    for (WalletId neighbour : neighbours) {
      storage.create(neighbour, newKeyId(), newKey());
    }

    List<BackupKeyId> listed = storage.list(wallet);

    assertEquals(own.size(), listed.size(), "listed: " + listed);
    assertEquals(own, new HashSet<>(listed));
    for (WalletId neighbour : neighbours) {
      assertEquals(1, storage.list(neighbour).size(), "wallet " + neighbour);
    }
  }

  @Test
  void sameKeyIdInTwoWallets_isTwoIndependentKeys() {
    BackupKeyId keyId = newKeyId();
    WalletId first = newWallet();
    WalletId second = newWallet();
    BackupEncryptionKey secondKey = newKey();
    storage.create(first, keyId, newKey());
    storage.create(second, keyId, secondKey);

    storage.delete(first, keyId);

    assertKeyNotFound(first, keyId);
    assertSameKey(secondKey, storage.get(second, keyId));
  }

  @Test
  void keyIdsDifferingOnlyInCase_areDistinctKeys() {
    WalletId wallet = newWallet();
    String id = uniqueId("key");
    BackupKeyId lower = BackupKeyId.of(id);
    BackupKeyId upper = BackupKeyId.of(id.toUpperCase());
    BackupEncryptionKey lowerKey = newKey();
    BackupEncryptionKey upperKey = newKey();
    storage.create(wallet, lower, lowerKey);
    storage.create(wallet, upper, upperKey);

    assertSameKey(lowerKey, storage.get(wallet, lower));
    assertSameKey(upperKey, storage.get(wallet, upper));
  }

  @Test
  void concurrentCreatesUnderOneId_haveExactlyOneWinner() throws InterruptedException {
    WalletId wallet = newWallet();
    BackupKeyId keyId = newKeyId();
    List<BackupEncryptionKey> candidates = new ArrayList<>();
    for (int i = 0; i < racingWriters(); i++) {
      candidates.add(newKey());
    }

    Contenders<Boolean> race =
        Contenders.race(
            racingWriters(),
            raceTimeout(),
            i -> {
              storage.create(wallet, keyId, candidates.get(i));
              return true;
            });

    int winner = race.onlyWinner();
    assertSameKey(candidates.get(winner), storage.get(wallet, keyId));
    assertEquals(List.of(keyId), storage.list(wallet));
  }

  @Test
  void concurrentCreatesOfDistinctKeys_allSucceedAndAreListed() throws InterruptedException {
    WalletId wallet = newWallet();
    List<BackupKeyId> keyIds = new ArrayList<>();
    for (int i = 0; i < racingWriters(); i++) {
      keyIds.add(newKeyId());
    }

    Contenders<Boolean> race =
        Contenders.race(
            racingWriters(),
            raceTimeout(),
            i -> {
              storage.create(wallet, keyIds.get(i), newKey());
              return true;
            });

    race.assertAllWon();
    assertEquals(new HashSet<>(keyIds), new HashSet<>(storage.list(wallet)));
  }

  @Test
  void storedKey_survivesTheCallerDestroyingIt() {
    WalletId wallet = newWallet();
    BackupKeyId keyId = newKeyId();
    BackupEncryptionKey key = newKey();
    BackupEncryptionKey reference = copyOf(key);
    storage.create(wallet, keyId, key);

    key.destroy();

    assertSameKey(reference, storage.get(wallet, keyId));
  }

  @Test
  void get_returnsAFreshCopyEachTime() {
    WalletId wallet = newWallet();
    BackupKeyId keyId = newKeyId();
    BackupEncryptionKey key = newKey();
    storage.create(wallet, keyId, key);

    BackupEncryptionKey first = storage.get(wallet, keyId);
    first.destroy();

    BackupEncryptionKey second = storage.get(wallet, keyId);
    assertFalse(second.secret().isDestroyed());
    assertSameKey(key, second);
  }

  @Test
  void idsWithEveryLegalPunctuation_roundTrip() {
    WalletId wallet = WalletId.of(oddId());
    BackupKeyId keyId = BackupKeyId.of(oddId());
    BackupEncryptionKey key = newKey();

    storage.create(wallet, keyId, key);

    assertSameKey(key, storage.get(wallet, keyId));
    assertEquals(List.of(keyId), storage.list(wallet));
    storage.delete(wallet, keyId);
    assertKeyNotFound(wallet, keyId);
  }

  @Test
  void longestLegalIds_roundTrip() {
    WalletId wallet = WalletId.of(longestId());
    BackupKeyId keyId = BackupKeyId.of(longestId());
    BackupEncryptionKey key = newKey();
    assertEquals(MAX_ID_LENGTH, keyId.value().length());

    storage.create(wallet, keyId, key);

    assertSameKey(key, storage.get(wallet, keyId));
    assertEquals(List.of(keyId), storage.list(wallet));
    storage.delete(wallet, keyId);
    assertKeyNotFound(wallet, keyId);
  }

  private static WalletId newWallet() {
    return WalletId.of(uniqueId("wallet"));
  }

  private static BackupKeyId newKeyId() {
    return BackupKeyId.of(uniqueId("key"));
  }

  private static BackupEncryptionKey newKey() {
    return BackupEncryptionKey.generate(RANDOM);
  }

  private static BackupEncryptionKey copyOf(BackupEncryptionKey key) {
    return BackupEncryptionKey.of(SecretBytes.adopt(key.secret().revealCopy()));
  }

  private static void assertSameKey(BackupEncryptionKey expected, BackupEncryptionKey actual) {
    assertSameSecret(expected.secret(), actual.secret(), "backup encryption key");
  }

  private void assertKeyNotFound(WalletId wallet, BackupKeyId keyId) {
    NotFoundException notFound =
        assertThrows(NotFoundException.class, () -> storage.get(wallet, keyId));
    assertEquals(ErrorCode.ENCRYPTION_KEY_NOT_FOUND, notFound.code());
  }
}
