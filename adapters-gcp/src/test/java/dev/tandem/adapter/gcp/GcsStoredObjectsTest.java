package dev.tandem.adapter.gcp;

import static dev.tandem.adapter.gcp.GcsTestFixtures.LOCATION;
import static dev.tandem.adapter.gcp.GcsTestFixtures.RANDOM;
import static dev.tandem.domain.port.contract.ContractFixtures.CREATED_AT;
import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What the adapters leave in the bucket, checked on {@link ModelObjectStore}: documents hold no
 * secret in the clear, an object moved or edited to pose as another record is refused, every
 * generation goes on delete and revocation, and a write whose acknowledgement was lost still
 * succeeds.
 */
class GcsStoredObjectsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KeyEncryptionKey kek = GcsTestFixtures.newKek("kek-1");
  private final ModelObjectStore bucket = new ModelObjectStore(true);
  private final GcsKeyStorage keys = new GcsKeyStorage(bucket, LOCATION, kek, RANDOM);
  private final GcsSigningShareRepository signing =
      new GcsSigningShareRepository(bucket, LOCATION, kek, RANDOM);
  private final GcsBackupShareRepository backups =
      new GcsBackupShareRepository(bucket, LOCATION, kek, RANDOM);

  @Test
  void objectNames_followTheDocumentedLayout() {
    WalletId wallet = WalletId.of("w-1");
    keys.create(wallet, BackupKeyId.of("k-1"), newKey());
    signing.create(signingRecord(wallet, SigningSharePairId.of("s-1")));
    backups.create(backupRecord(wallet, BackupSharePairId.of("b-1")));

    assertEquals(
        List.of(
            "tests/tandem/backup-keys/w-1/k-1",
            "tests/tandem/backup-shares/w-1/b-1",
            "tests/tandem/signing-shares/w-1/s-1"),
        bucket.allNames());
  }

  @Test
  void storedDocuments_holdNoSecretInTheClear() throws Exception {
    WalletId wallet = WalletId.random();
    BackupEncryptionKey key = newKey();
    byte[] keyBytes = key.secret().revealCopy();
    keys.create(wallet, BackupKeyId.of("k"), key);
    CustodianSigningShareRecord record = signingRecord(wallet, SigningSharePairId.of("p"));
    byte[] material = record.share().orElseThrow().material().revealCopy();
    signing.create(record);

    String keyDocument = liveContent(keyName(wallet, "k"));
    String shareDocument = liveContent(signingName(wallet, "p"));

    for (byte[] secret : List.of(keyBytes, material)) {
      for (String encoding :
          List.of(
              Base64.getEncoder().encodeToString(secret),
              Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
              HexFormat.of().formatHex(secret))) {
        assertFalse(keyDocument.contains(encoding.substring(0, 24)));
        assertFalse(shareDocument.contains(encoding.substring(0, 24)));
      }
    }
    assertEquals("backup-key", JSON.readTree(keyDocument).get("type").asText());
    assertEquals(2, JSON.readTree(shareDocument).get("format").asInt());
    assertEquals(
        "kek-1", JSON.readTree(shareDocument).get("share").get("material").get("kekId").asText());
  }

  @Test
  void keyObjectCopiedUnderAnotherWallet_isRefused() {
    WalletId owner = WalletId.random();
    WalletId other = WalletId.random();
    keys.create(owner, BackupKeyId.of("k"), newKey());
    byte[] copied = bucket.read(keyName(owner, "k")).orElseThrow().content();

    bucket.overwrite(keyName(other, "k"), copied);

    assertRefused(() -> keys.get(other, BackupKeyId.of("k")), "do not match");
  }

  @Test
  void keyObjectCopiedUnderAnotherWallet_withItsIdsRewritten_failsAuthentication()
      throws Exception {
    WalletId owner = WalletId.random();
    WalletId other = WalletId.random();
    keys.create(owner, BackupKeyId.of("k"), newKey());
    ObjectNode document = (ObjectNode) JSON.readTree(liveContent(keyName(owner, "k")));
    document.put("walletId", other.value());

    bucket.overwrite(keyName(other, "k"), JSON.writeValueAsBytes(document));

    assertRefused(() -> keys.get(other, BackupKeyId.of("k")), "authentication failed");
  }

  @Test
  void shareObjectCopiedToAnotherPair_withItsIdsRewritten_failsAuthentication() throws Exception {
    WalletId wallet = WalletId.random();
    signing.create(signingRecord(wallet, SigningSharePairId.of("revoked-pair")));
    ObjectNode document = (ObjectNode) JSON.readTree(liveContent(signingName(wallet, "revoked-pair")));
    document.put("pairId", "live-pair");

    bucket.overwrite(signingName(wallet, "live-pair"), JSON.writeValueAsBytes(document));

    assertRefused(() -> signing.find(wallet, SigningSharePairId.of("live-pair")), "authentication");
    assertRefused(() -> signing.listByWallet(wallet), "authentication");
  }

  @Test
  void backupShareObjectCopiedIntoTheSigningShares_isRefused() throws Exception {
    WalletId wallet = WalletId.random();
    backups.create(backupRecord(wallet, BackupSharePairId.of("p")));
    byte[] copied = bucket.read(backupName(wallet, "p")).orElseThrow().content();

    bucket.overwrite(signingName(wallet, "p"), copied);

    assertRefused(() -> signing.find(wallet, SigningSharePairId.of("p")), "not a SigningShareDocument");
  }

  @Test
  void objectSealedUnderAnotherKeyEncryptionKey_isRefused_naming_bothKeyIds() {
    WalletId wallet = WalletId.random();
    new GcsKeyStorage(bucket, LOCATION, GcsTestFixtures.newKek("kek-old"), RANDOM)
        .create(wallet, BackupKeyId.of("k"), newKey());

    assertRefused(() -> keys.get(wallet, BackupKeyId.of("k")), "kek-old");
  }

  @Test
  void malformedDocuments_areRefused_withoutQuotingThem() {
    WalletId wallet = WalletId.random();
    for (String junk :
        List.of("", "null", "[]", "{\"format\":1}", "{\"secret-looking\":\"s3cr3t\"} trailing")) {
      bucket.overwrite(keyName(wallet, "k"), junk.getBytes(StandardCharsets.UTF_8));

      StoredDataInvalidException e =
          assertThrows(
              StoredDataInvalidException.class, () -> keys.get(wallet, BackupKeyId.of("k")));
      assertFalse(e.getMessage().contains("s3cr3t"), e.getMessage());
    }
  }

  @ParameterizedTest(name = "versioning={0}")
  @ValueSource(booleans = {true, false})
  void revocation_leavesOnlyTheRevokedGeneration_withoutTheShare(boolean versioning)
      throws Exception {
    ModelObjectStore store = new ModelObjectStore(versioning);
    GcsSigningShareRepository repository =
        new GcsSigningShareRepository(store, LOCATION, kek, RANDOM);
    WalletId wallet = WalletId.random();
    CustodianSigningShareRecord incomplete = signingRecord(wallet, SigningSharePairId.of("p"));
    Version version = repository.create(incomplete);
    CustodianSigningShareRecord completed = incomplete.completed(CREATED_AT.plusSeconds(1));
    version = repository.replace(completed, version);

    Version revoked = repository.replace(completed.revoked(CREATED_AT.plusSeconds(2)), version);

    String name = signingName(wallet, "p");
    assertEquals(List.of(Long.parseLong(revoked.token())), store.generations(name));
    String remaining =
        new String(
            store.content(name, Long.parseLong(revoked.token())).orElseThrow(),
            StandardCharsets.UTF_8);
    assertTrue(JSON.readTree(remaining).get("share").isNull(), remaining);
    assertEquals("REVOKED", JSON.readTree(remaining).get("status").asText());
  }

  @Test
  void delete_removesEveryGeneration_includingOnesOtherWritersLeft() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.of("p");
    signing.create(signingRecord(wallet, pair));
    String name = signingName(wallet, pair.value());
    byte[] content = bucket.read(name).orElseThrow().content();
    bucket.overwrite(name, content);
    bucket.overwrite(name, content);
    assertEquals(3, bucket.generations(name).size(), "noncurrent generations kept by versioning");

    signing.delete(wallet, pair);

    assertEquals(List.of(), bucket.generations(name));
    assertTrue(signing.find(wallet, pair).isEmpty());
  }

  @Test
  void deleteOfAKey_removesEveryGeneration() {
    WalletId wallet = WalletId.random();
    keys.create(wallet, BackupKeyId.of("k"), newKey());
    String name = keyName(wallet, "k");
    bucket.overwrite(name, bucket.read(name).orElseThrow().content());
    assertEquals(2, bucket.generations(name).size());

    keys.delete(wallet, BackupKeyId.of("k"));

    assertEquals(List.of(), bucket.generations(name));
  }

  @Test
  void replace_removesGenerationsLeftBehindEarlier() {
    WalletId wallet = WalletId.random();
    CustodianBackupShareRecord record = backupRecord(wallet, BackupSharePairId.of("p"));
    backups.create(record);
    String name = backupName(wallet, "p");
    long leftover = bucket.overwrite(name, bucket.read(name).orElseThrow().content());

    Version replaced =
        backups.replace(record.completed(CREATED_AT.plusSeconds(1)), new Version("" + leftover));

    assertEquals(List.of(Long.parseLong(replaced.token())), bucket.generations(name));
  }

  @Test
  void create_whoseAcknowledgementWasLost_succeedsWithTheStoredVersion() {
    WalletId wallet = WalletId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, SigningSharePairId.of("p"));
    bucket.loseAcknowledgements(1);

    Version version = signing.create(record);

    assertEquals(version, signing.find(wallet, record.pairId()).orElseThrow().version());
  }

  @Test
  void replace_whoseAcknowledgementWasLost_succeedsWithTheStoredVersion() {
    WalletId wallet = WalletId.random();
    CustodianBackupShareRecord record = backupRecord(wallet, BackupSharePairId.of("p"));
    Version created = backups.create(record);
    bucket.loseAcknowledgements(1);

    Version replaced = backups.replace(record.completed(CREATED_AT.plusSeconds(1)), created);

    assertNotEquals(created, replaced);
    assertEquals(replaced, backups.find(wallet, record.pairId()).orElseThrow().version());
    assertEquals(
        PairStatus.COMPLETED, backups.find(wallet, record.pairId()).orElseThrow().value().status());
  }

  @Test
  void keyCreate_whoseAcknowledgementWasLost_succeeds_butARealConflictStillFails() {
    WalletId wallet = WalletId.random();
    BackupEncryptionKey key = newKey();
    bucket.loseAcknowledgements(1);

    keys.create(wallet, BackupKeyId.of("k"), key);

    assertTrue(keys.get(wallet, BackupKeyId.of("k")).secret().equalsInConstantTime(key.secret()));
    assertThrows(
        WriteConflictException.class, () -> keys.create(wallet, BackupKeyId.of("k"), newKey()));
  }

  @Test
  void versionThatIsNoGeneration_isAWriteConflict() {
    CustodianSigningShareRecord record = signingRecord(WalletId.random(), SigningSharePairId.of("p"));
    signing.create(record);

    for (String token : List.of("abc", "0", "-5", "1.5")) {
      assertThrows(WriteConflictException.class, () -> signing.replace(record, new Version(token)));
    }
  }

  @Test
  void replaceWhoseCleanUpFails_saysItLanded_andTheNextReplaceCleansUp() {
    AtomicBoolean failCleanUp = new AtomicBoolean(true);
    ModelObjectStore flaky =
        new ModelObjectStore(true) {
          @Override
          public synchronized void deleteGenerationsBefore(String name, long generation) {
            if (failCleanUp.getAndSet(false)) {
              throw new StorageUnavailableException("clean-up failed", null);
            }
            super.deleteGenerationsBefore(name, generation);
          }
        };
    GcsSigningShareRepository repository =
        new GcsSigningShareRepository(flaky, LOCATION, kek, RANDOM);
    WalletId wallet = WalletId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, SigningSharePairId.of("p"));
    Version created = repository.create(record);
    CustodianSigningShareRecord completed = record.completed(CREATED_AT.plusSeconds(1));

    StorageUnavailableException e =
        assertThrows(StorageUnavailableException.class, () -> repository.replace(completed, created));

    assertTrue(e.getMessage().contains("was replaced"), e.getMessage());
    String name = signingName(wallet, "p");
    assertEquals(2, flaky.generations(name).size());
    Version current = repository.find(wallet, record.pairId()).orElseThrow().version();
    Version revoked = repository.replace(completed.revoked(CREATED_AT.plusSeconds(2)), current);
    assertEquals(List.of(Long.parseLong(revoked.token())), flaky.generations(name));
  }

  @Test
  void listByWallet_skipsNamesThatAreNotRecordsOfTheWallet() {
    WalletId wallet = WalletId.of("w");
    signing.create(signingRecord(wallet, SigningSharePairId.of("p")));
    bucket.overwrite("tests/tandem/signing-shares/w/deeper/p", new byte[] {1});
    bucket.overwrite("tests/tandem/signing-shares/w/" + "bad id", new byte[] {1});

    assertEquals(1, signing.listByWallet(wallet).size());
    keys.create(wallet, BackupKeyId.of("k"), newKey());
    bucket.overwrite("tests/tandem/backup-keys/w/sub/k2", new byte[] {1});
    assertEquals(List.of(BackupKeyId.of("k")), keys.list(wallet));
  }

  private void assertRefused(org.junit.jupiter.api.function.Executable read, String reason) {
    TandemException e = assertThrows(StoredDataInvalidException.class, read);
    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertTrue(e.getMessage().contains("model://bucket/"), "names the object: " + e.getMessage());
  }

  private String liveContent(String name) {
    return new String(bucket.read(name).orElseThrow().content(), StandardCharsets.UTF_8);
  }

  private static String keyName(WalletId wallet, String keyId) {
    return "tests/tandem/backup-keys/" + wallet + "/" + keyId;
  }

  private static String signingName(WalletId wallet, String pairId) {
    return "tests/tandem/signing-shares/" + wallet + "/" + pairId;
  }

  private static String backupName(WalletId wallet, String pairId) {
    return "tests/tandem/backup-shares/" + wallet + "/" + pairId;
  }

  private static BackupEncryptionKey newKey() {
    return BackupEncryptionKey.generate(RANDOM);
  }

  private static SecretBytes material() {
    byte[] bytes = new byte[256];
    RANDOM.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }

  private static CustodianSigningShareRecord signingRecord(
      WalletId wallet, SigningSharePairId pair) {
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pair, PUBLIC_KEY, material()), "phone", CREATED_AT);
  }

  private static CustodianBackupShareRecord backupRecord(WalletId wallet, BackupSharePairId pair) {
    return CustodianBackupShareRecord.incomplete(
        new CustodianBackupShare(wallet, pair, PUBLIC_KEY, material()),
        BackupMethod.CLOUD_KEY,
        BackupKeyId.of("key-1"),
        CREATED_AT);
  }
}
