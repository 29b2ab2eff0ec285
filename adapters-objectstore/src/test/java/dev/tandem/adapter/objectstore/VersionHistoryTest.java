package dev.tandem.adapter.objectstore;

import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Revocation, replacement and deletion leave no old copy in a versioned bucket (the model store
 * keeps every noncurrent version until it is deleted, as S3 and Cloud Storage do), and the
 * unversioned case works too.
 */
class VersionHistoryTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final StorageLayout LAYOUT = StorageLayout.aws("history");
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private final ModelObjectStore versioned = new ModelObjectStore(true);
  private final ModelKeyWrapper wrapper = new ModelKeyWrapper("history");

  @Test
  void theModelBucket_reallyKeepsVersions() {
    versioned.overwrite("probe", new byte[] {1});
    versioned.overwrite("probe", new byte[] {2});

    assertEquals(2, versioned.versions("probe").size());
  }

  @Test
  void revocation_leavesNoVersionHoldingTheShare() {
    ObjectStoreSigningShareRepository repository = signingShares(versioned);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord incomplete = record(wallet, pair);
    Version version = repository.create(incomplete);
    CustodianSigningShareRecord completed = incomplete.completed(T0.plusSeconds(1));
    version = repository.replace(completed, version);

    repository.replace(completed.revoked(T0.plusSeconds(2)), version);

    String name = signingName(wallet, pair);
    List<String> versions = versioned.versions(name);
    assertEquals(1, versions.size(), "versions: " + versions);
    String body =
        new String(versioned.content(name, versions.get(0)).orElseThrow(), StandardCharsets.UTF_8);
    assertTrue(body.contains("\"REVOKED\""), body);
    assertFalse(body.contains("wrappedKey"), "the revoked record still holds a sealed share: " + body);
  }

  @Test
  void delete_leavesNoVersion() {
    ObjectStoreSigningShareRepository repository = signingShares(versioned);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = record(wallet, pair);
    repository.replace(record.completed(T0.plusSeconds(1)), repository.create(record));

    repository.delete(wallet, pair);

    assertEquals(List.of(), versioned.versions(signingName(wallet, pair)));
  }

  @Test
  void backupKeyDelete_leavesNoVersion() {
    ObjectStoreKeyStorage storage = new ObjectStoreKeyStorage(versioned, wrapper, LAYOUT, RANDOM);
    WalletId wallet = WalletId.random();
    BackupKeyId keyId = BackupKeyId.random();
    storage.create(wallet, keyId, BackupEncryptionKey.generate(RANDOM));

    storage.delete(wallet, keyId);

    assertEquals(List.of(), versioned.versions("history/backup-keys/" + wallet + "/" + keyId + ".json"));
  }

  @Test
  void purge_sparesAnotherRecordWhoseNameSharesThePrefix() {
    ObjectStoreSigningShareRepository repository = signingShares(versioned);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.of("pair");
    SigningSharePairId longer = SigningSharePairId.of("pair.json");
    repository.create(record(wallet, longer));
    Version version = repository.create(record(wallet, pair));

    repository.replace(record(wallet, pair).completed(T0.plusSeconds(1)), version);
    repository.delete(wallet, pair);

    assertTrue(repository.find(wallet, longer).isPresent());
    assertEquals(1, versioned.versions(signingName(wallet, longer)).size());
  }

  @Test
  void unversionedBucket_replaceAndDeleteLeaveNothingBehind() {
    ModelObjectStore unversioned = new ModelObjectStore(false);
    ObjectStoreSigningShareRepository repository = signingShares(unversioned);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = record(wallet, pair);
    repository.replace(record.completed(T0.plusSeconds(1)), repository.create(record));

    assertEquals(1, unversioned.versions(signingName(wallet, pair)).size());

    repository.delete(wallet, pair);

    assertEquals(List.of(), unversioned.versions(signingName(wallet, pair)));
  }

  private ObjectStoreSigningShareRepository signingShares(ModelObjectStore bucket) {
    return new ObjectStoreSigningShareRepository(bucket, wrapper, LAYOUT, RANDOM);
  }

  private static String signingName(WalletId wallet, SigningSharePairId pair) {
    return "history/signing-shares/" + wallet + "/" + pair + ".json";
  }

  private static CustodianSigningShareRecord record(WalletId wallet, SigningSharePairId pair) {
    byte[] material = new byte[64];
    RANDOM.nextBytes(material);
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pair, PUBLIC_KEY, SecretBytes.adopt(material)), null, T0);
  }
}
