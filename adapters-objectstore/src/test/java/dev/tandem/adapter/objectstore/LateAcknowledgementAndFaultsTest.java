package dev.tandem.adapter.objectstore;

import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.objectstore.ModelObjectStore.Operation;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.SessionRegistryPort.Admission;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.port.contract.ManualClock;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the repositories do when the store misbehaves as real ones do: a write whose answer was lost
 * and that the client retried (it meets its own object: the call succeeds), a write whose answer
 * was lost outright (the call fails retryably), an outage, a purge that fails after its replace
 * landed, a version token the store never issued, and someone else's objects in a wallet's folder.
 */
class LateAcknowledgementAndFaultsTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final StorageLayout LAYOUT = StorageLayout.aws("faults");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private final ModelObjectStore bucket = new ModelObjectStore(true);
  private final ModelKeyWrapper wrapper = new ModelKeyWrapper("faults");
  private final ObjectStoreSigningShareRepository signing =
      new ObjectStoreSigningShareRepository(bucket, wrapper, LAYOUT, RANDOM);
  private final WalletId wallet = WalletId.random();
  private final SigningSharePairId pair = SigningSharePairId.random();

  @Test
  void aCreateThatMetItsOwnLandedWrite_succeedsWithTheStoredVersion() {
    bucket.loseAcknowledgementsAndRetry(1);

    Version version = signing.create(record(pair));

    Versioned<CustodianSigningShareRecord> stored = signing.find(wallet, pair).orElseThrow();
    assertEquals(stored.version(), version);
    assertThrows(WriteConflictException.class, () -> signing.create(record(pair)));
  }

  @Test
  void aReplaceThatMetItsOwnLandedWrite_succeeds_andStillPurges() {
    CustodianSigningShareRecord record = record(pair);
    Version created = signing.create(record);
    bucket.loseAcknowledgementsAndRetry(1);

    Version replaced = signing.replace(record.completed(T0.plusSeconds(1)), created);

    assertEquals(signing.find(wallet, pair).orElseThrow().version(), replaced);
    assertEquals(1, bucket.versions(name(pair)).size());
    assertThrows(
        WriteConflictException.class,
        () -> signing.replace(record.completed(T0.plusSeconds(2)), created));
  }

  @Test
  void aWriteWhoseAnswerWasLostOutright_isUnavailable_andARetryOfTheCallIsAConflict() {
    bucket.loseAcknowledgements(1);

    assertThrows(StorageUnavailableException.class, () -> signing.create(record(pair)));

    assertTrue(signing.find(wallet, pair).isPresent(), "the write landed");
    assertThrows(WriteConflictException.class, () -> signing.create(record(pair)));
  }

  @Test
  void aBackupKeyCreateThatMetItsOwnLandedWrite_succeeds() {
    ObjectStoreKeyStorage keys = new ObjectStoreKeyStorage(bucket, wrapper, LAYOUT, RANDOM);
    BackupEncryptionKey key = BackupEncryptionKey.generate(RANDOM);
    bucket.loseAcknowledgementsAndRetry(1);

    keys.create(wallet, BackupKeyId.of("k-1"), key);

    assertTrue(keys.get(wallet, BackupKeyId.of("k-1")).secret().equalsInConstantTime(key.secret()));
    assertThrows(
        WriteConflictException.class,
        () -> keys.create(wallet, BackupKeyId.of("k-1"), BackupEncryptionKey.generate(RANDOM)));
  }

  @Test
  void aFreezeThatMetItsOwnLandedMarker_isThisCallsFreeze() {
    ObjectStoreWalletFreezeRepository freezes = new ObjectStoreWalletFreezeRepository(bucket, LAYOUT);
    bucket.loseAcknowledgementsAndRetry(1);

    assertTrue(freezes.createIfAbsent(new WalletFreeze(wallet, pair, T0)));
    assertFalse(freezes.createIfAbsent(new WalletFreeze(wallet, SigningSharePairId.random(), T0)));
    assertEquals(pair, freezes.find(wallet).orElseThrow().pairId());
  }

  @Test
  void aFreezeRefusedWithNoMarkerThere_isUnavailable_beingWrittenByAnotherRequest() {
    ObjectStore refusingButEmpty =
        new ForwardingStore(bucket) {
          @Override
          public String createIfAbsent(String name, byte[] content) {
            throw new PreconditionFailedException("another write in flight (409)", null);
          }
        };
    ObjectStoreWalletFreezeRepository freezes =
        new ObjectStoreWalletFreezeRepository(refusingButEmpty, LAYOUT);

    StorageUnavailableException e =
        assertThrows(
            StorageUnavailableException.class,
            () -> freezes.createIfAbsent(new WalletFreeze(wallet, pair, T0)));

    assertTrue(e.getMessage().contains("being written by another request"), e.getMessage());
    assertTrue(e.getMessage().contains(bucket.url("faults/wallet-freezes/")), e.getMessage());
    assertTrue(e.retryable());
  }

  @Test
  void anAdmitThatMetItsOwnLandedWrite_isAdmitted() {
    ManualClock clock = new ManualClock(T0);
    ObjectStoreSessionRegistry registry =
        new ObjectStoreSessionRegistry(
            bucket, LAYOUT, clock, new SessionWindow(Duration.ofMinutes(5), Duration.ofMinutes(1)));
    ProtocolSessionId id = sessionId();
    bucket.loseAcknowledgementsAndRetry(1);

    assertEquals(Admission.ADMITTED, registry.admit(id, T0));
    assertEquals(Admission.REPLAYED, registry.admit(id, T0));
  }

  @Test
  void anOutage_isUnavailable_andTheRegistryFailsClosed() {
    ObjectStoreSessionRegistry registry =
        new ObjectStoreSessionRegistry(
            bucket, LAYOUT, new ManualClock(T0), new SessionWindow(Duration.ofMinutes(5), Duration.ofMinutes(1)));
    bucket.failNextCalls(3);

    assertThrows(StorageUnavailableException.class, () -> registry.admit(sessionId(), T0));
    assertThrows(StorageUnavailableException.class, () -> signing.find(wallet, pair));
    assertThrows(StorageUnavailableException.class, () -> signing.create(record(pair)));
    assertTrue(signing.find(wallet, pair).isEmpty(), "nothing was written");
  }

  @Test
  void aPurgeThatFailsAfterTheReplaceLanded_isUnavailable_sayingSo_andTheNextReplacePurges() {
    CustodianSigningShareRecord record = record(pair);
    Version created = signing.create(record);
    bucket.failNextCalls(Operation.DELETE_NONCURRENT, 1);

    StorageUnavailableException e =
        assertThrows(
            StorageUnavailableException.class,
            () -> signing.replace(record.completed(T0.plusSeconds(1)), created));

    assertTrue(e.getMessage().contains("was replaced"), e.getMessage());
    assertTrue(e.getMessage().contains("older copies remain"), e.getMessage());
    assertTrue(e.getMessage().contains(bucket.url(name(pair))), e.getMessage());
    Versioned<CustodianSigningShareRecord> landed = signing.find(wallet, pair).orElseThrow();
    assertEquals(dev.tandem.domain.model.PairStatus.COMPLETED, landed.value().status());
    assertEquals(2, bucket.versions(name(pair)).size());

    signing.replace(landed.value().revoked(T0.plusSeconds(2)), landed.version());

    assertEquals(1, bucket.versions(name(pair)).size());
  }

  @Test
  void aVersionTheStoreNeverIssued_isAConflict() {
    CustodianSigningShareRecord record = record(pair);
    signing.create(record);

    for (String token : List.of("0", "-1", "garbage", "\"etag\"")) {
      assertThrows(
          WriteConflictException.class,
          () -> signing.replace(record.completed(T0.plusSeconds(1)), new Version(token)),
          token);
    }
  }

  @Test
  void listing_skipsNamesThatAreNotLegalIds_andSortsByCreationThenPairId() {
    SigningSharePairId b = SigningSharePairId.of("b");
    SigningSharePairId a = SigningSharePairId.of("a");
    SigningSharePairId older = SigningSharePairId.of("z");
    signing.create(record(b));
    signing.create(record(a));
    signing.create(
        CustodianSigningShareRecord.incomplete(
            new CustodianSigningShare(wallet, older, PUBLIC_KEY, material()), null, T0.minusSeconds(1)));
    String folder = "faults/signing-shares/" + wallet + "/";
    bucket.overwrite(folder + "not an id!.json", new byte[] {1});
    bucket.overwrite(folder + "deeper/c.json", new byte[] {1});
    bucket.overwrite(folder + "c.txt", new byte[] {1});
    bucket.overwrite(folder + ".json", new byte[] {1});

    assertEquals(
        List.of(older, a, b),
        signing.listByWallet(wallet).stream().map(v -> v.value().pairId()).toList());
  }

  @Test
  void keyListing_skipsNamesThatAreNotLegalIds() {
    ObjectStoreKeyStorage keys = new ObjectStoreKeyStorage(bucket, wrapper, LAYOUT, RANDOM);
    keys.create(wallet, BackupKeyId.of("k-1"), BackupEncryptionKey.generate(RANDOM));
    bucket.overwrite("faults/backup-keys/" + wallet + "/not an id!.json", new byte[] {1});
    bucket.overwrite("faults/backup-keys/" + wallet + "/k-2.bak", new byte[] {1});

    assertEquals(List.of(BackupKeyId.of("k-1")), keys.list(wallet));
  }

  private String name(SigningSharePairId pairId) {
    return "faults/signing-shares/" + wallet + "/" + pairId + ".json";
  }

  private CustodianSigningShareRecord record(SigningSharePairId pairId) {
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pairId, PUBLIC_KEY, material()), "phone", T0);
  }

  private static SecretBytes material() {
    byte[] bytes = new byte[64];
    RANDOM.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }

  private static ProtocolSessionId sessionId() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return ProtocolSessionId.fromHex(java.util.HexFormat.of().formatHex(bytes));
  }

  /** Passes every call to another store; a test overrides the one it changes. */
  private static class ForwardingStore implements ObjectStore {
    private final ObjectStore inner;

    ForwardingStore(ObjectStore inner) {
      this.inner = inner;
    }

    @Override
    public java.util.Optional<StoredObject> read(String name) {
      return inner.read(name);
    }

    @Override
    public List<String> list(String prefix) {
      return inner.list(prefix);
    }

    @Override
    public String createIfAbsent(String name, byte[] content) {
      return inner.createIfAbsent(name, content);
    }

    @Override
    public String replaceIfVersion(String name, byte[] content, String version) {
      return inner.replaceIfVersion(name, content, version);
    }

    @Override
    public void deleteNoncurrentVersions(String name) {
      inner.deleteNoncurrentVersions(name);
    }

    @Override
    public void deleteEveryVersion(String name) {
      inner.deleteEveryVersion(name);
    }

    @Override
    public String url(String name) {
      return inner.url(name);
    }
  }
}
