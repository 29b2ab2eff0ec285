package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.ObjectStoreKeyStorage;
import dev.tandem.adapter.objectstore.ObjectStoreSigningShareRepository;
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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * Revocation, replacement and deletion leave no old copy in the bucket, read back through {@code
 * ListObjectVersions} on the S3 server itself. S3Proxy's in-memory store keeps object versions when
 * bucket versioning is enabled, so this runs on a real versioned bucket; the unversioned case is
 * checked too (the purge must not fail where there is nothing to purge).
 */
class VersionHistoryTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String VERSIONED = AWS.newBucket(true);
  private static final String UNVERSIONED = AWS.newBucket(false);
  private static final String PREFIX = "history/";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void theTestBucket_reallyKeepsVersions() {
    assertEquals(
        BucketVersioningStatus.ENABLED,
        AWS.s3().getBucketVersioning(b -> b.bucket(VERSIONED)).status());
    String key = "probe/" + System.nanoTime();
    AWS.s3().putObject(b -> b.bucket(VERSIONED).key(key), software.amazon.awssdk.core.sync.RequestBody.fromString("1"));
    AWS.s3().putObject(b -> b.bucket(VERSIONED).key(key), software.amazon.awssdk.core.sync.RequestBody.fromString("2"));

    assertEquals(2, versions(VERSIONED, key).versions().size(), "S3Proxy kept no history");
  }

  @Test
  void revocation_leavesNoVersionHoldingTheShare() {
    ObjectStoreSigningShareRepository repository = signingShares(VERSIONED);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord incomplete = record(wallet, pair);
    Version version = repository.create(incomplete);
    CustodianSigningShareRecord completed = incomplete.completed(T0.plusSeconds(1));
    version = repository.replace(completed, version);

    repository.replace(completed.revoked(T0.plusSeconds(2)), version);

    String key = signingKey(wallet, pair);
    ListObjectVersionsResponse listed = versions(VERSIONED, key);
    assertEquals(1, listed.versions().size(), "versions: " + listed.versions());
    assertTrue(listed.deleteMarkers().isEmpty());
    ObjectVersion only = listed.versions().get(0);
    assertTrue(only.isLatest());
    String body =
        AWS.s3()
            .getObjectAsBytes(b -> b.bucket(VERSIONED).key(key).versionId(only.versionId()))
            .asUtf8String();
    assertTrue(body.contains("\"REVOKED\""), body);
    assertFalse(body.contains("wrappedKey"), "the revoked record still holds a sealed share: " + body);
  }

  @Test
  void delete_leavesNoVersionNorDeleteMarker() {
    ObjectStoreSigningShareRepository repository = signingShares(VERSIONED);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = record(wallet, pair);
    Version version = repository.create(record);
    repository.replace(record.completed(T0.plusSeconds(1)), version);

    repository.delete(wallet, pair);

    ListObjectVersionsResponse listed = versions(VERSIONED, signingKey(wallet, pair));
    assertEquals(List.of(), listed.versions());
    assertEquals(List.of(), listed.deleteMarkers());
  }

  @Test
  void backupKeyDelete_leavesNoVersionNorDeleteMarker() {
    ObjectStoreKeyStorage storage = S3Repositories.keyStorage(AWS.s3(), AWS.kms(), settings(VERSIONED));
    WalletId wallet = WalletId.random();
    BackupKeyId keyId = BackupKeyId.random();
    storage.create(wallet, keyId, BackupEncryptionKey.generate(RANDOM));

    storage.delete(wallet, keyId);

    ListObjectVersionsResponse listed =
        versions(VERSIONED, PREFIX + "backup-keys/" + wallet + "/" + keyId + ".json");
    assertEquals(List.of(), listed.versions());
    assertEquals(List.of(), listed.deleteMarkers());
  }

  @Test
  void purge_sparesAnotherRecordWhoseKeySharesThePrefix() {
    ObjectStoreSigningShareRepository repository = signingShares(VERSIONED);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.of("pair");
    SigningSharePairId longer = SigningSharePairId.of("pair.json");
    repository.create(record(wallet, longer));
    Version version = repository.create(record(wallet, pair));

    repository.replace(record(wallet, pair).completed(T0.plusSeconds(1)), version);
    repository.delete(wallet, pair);

    assertTrue(repository.find(wallet, longer).isPresent());
    assertEquals(1, versions(VERSIONED, signingKey(wallet, longer)).versions().size());
  }

  @Test
  void unversionedBucket_replaceAndDeleteListVersionsAndLeaveNothing() {
    ObjectStoreSigningShareRepository repository = signingShares(UNVERSIONED);
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = record(wallet, pair);
    Version version = repository.create(record);
    repository.replace(record.completed(T0.plusSeconds(1)), version);

    ListObjectVersionsResponse afterReplace = versions(UNVERSIONED, signingKey(wallet, pair));
    assertEquals(1, afterReplace.versions().size());
    assertEquals("null", afterReplace.versions().get(0).versionId());

    repository.delete(wallet, pair);

    ListObjectVersionsResponse afterDelete = versions(UNVERSIONED, signingKey(wallet, pair));
    assertEquals(List.of(), afterDelete.versions());
    assertEquals(List.of(), afterDelete.deleteMarkers());
  }

  private static ListObjectVersionsResponse versions(String bucket, String key) {
    return AWS.s3().listObjectVersions(b -> b.bucket(bucket).prefix(key));
  }

  private static AwsStorageSettings settings(String bucket) {
    return new AwsStorageSettings(bucket, PREFIX, AWS.kmsKeyId());
  }

  private static ObjectStoreSigningShareRepository signingShares(String bucket) {
    return S3Repositories.signingShares(AWS.s3(), AWS.kms(), settings(bucket));
  }

  private static String signingKey(WalletId wallet, SigningSharePairId pair) {
    return PREFIX + "signing-shares/" + wallet + "/" + pair + ".json";
  }

  private static CustodianSigningShareRecord record(WalletId wallet, SigningSharePairId pair) {
    byte[] material = new byte[64];
    RANDOM.nextBytes(material);
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pair, TestRecords.PUBLIC_KEY, SecretBytes.adopt(material)), null, T0);
  }
}
