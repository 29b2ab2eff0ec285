package dev.tandem.adapter.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.Curve;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Someone with write access to the bucket but none to KMS edits one clear-text field of a stored
 * document (keeping the JSON valid and its ids those of its object key): every such edit is refused
 * with {@link StoredDataInvalidException} naming the object. For the fields bound into the seal the
 * refusal is the seal's ("failed authentication"), not a parse error, which shows that the AES-GCM
 * associated data covers them; the KMS fake ignores the encryption context, so no refusal here is
 * KMS's.
 */
class StoredFieldTamperingTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(false);
  private static final String PREFIX = "tampering/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SEAL = "failed authentication";

  /** With nanoseconds, so that a one-nanosecond edit is a real edit. */
  private static final Instant T0 = Instant.parse("2024-02-29T23:59:59.123456789Z");

  /** The negated generator: on the curve, a different public key than the one stored. */
  private static final PublicKey OTHER_KEY =
      PublicKey.of(
          Curve.SECP256K1,
          TestRecords.PUBLIC_KEY.x(),
          Curve.SECP256K1.fieldPrime().subtract(TestRecords.PUBLIC_KEY.y()));

  private final AwsStorageSettings settings = new AwsStorageSettings(BUCKET, PREFIX, AWS.kmsKeyId());
  private final S3SigningShareRepository signingShares =
      new S3SigningShareRepository(AWS.s3(), AWS.kms(), settings);
  private final S3BackupShareRepository backupShares =
      new S3BackupShareRepository(AWS.s3(), AWS.kms(), settings);
  private final S3KeyStorage keyStorage = new S3KeyStorage(AWS.s3(), AWS.kms(), settings);

  // ---------------------------------------------------------------- signing share records

  static Stream<Arguments> signingRecordEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "format 1"),
        edit("format 3", d -> d.put("format", 3), "format 3"),
        edit("writeId changed", d -> d.put("writeId", UUID.randomUUID().toString()), SEAL),
        edit("writeId removed", d -> d.remove("writeId"), SEAL),
        edit("status INCOMPLETE and COMPLETED swapped", StoredFieldTamperingTest::swapStatus, SEAL),
        edit("status to REVOKED, share kept", d -> d.put("status", "REVOKED"), SEAL),
        edit("status to FROZEN, share kept", d -> d.put("status", "FROZEN"), SEAL),
        edit("status unknown", d -> d.put("status", "SIGNING"), "unreadable status"),
        edit("deviceLabel changed", d -> d.put("deviceLabel", "attacker's laptop"), SEAL),
        edit("deviceLabel removed", d -> d.remove("deviceLabel"), SEAL),
        edit("deviceLabel emptied", d -> d.put("deviceLabel", ""), SEAL),
        edit("createdAt one nanosecond later", d -> d.put("createdAt", plusNanos(1)), SEAL),
        edit("createdAt a year earlier", d -> d.put("createdAt", "2023-02-28T23:59:59Z"), SEAL),
        edit("createdAt unreadable", d -> d.put("createdAt", "yesterday"), "unreadable"),
        edit("updatedAt one nanosecond later", d -> d.put("updatedAt", plusNanos(1)), SEAL),
        edit("updatedAt a day later", d -> d.put("updatedAt", "2024-03-01T23:59:59Z"), SEAL),
        edit("share.publicKey swapped", d -> share(d).put("publicKey", OTHER_KEY.toHex()), SEAL),
        edit("share.publicKey garbage", d -> share(d).put("publicKey", "0x04ff"), "public key"),
        edit("share.curve unknown", d -> share(d).put("curve", "P256"), "public key"),
        edit("share removed", d -> d.remove("share"), "inconsistent record"),
        edit("share.material removed", d -> share(d).remove("material"), "without material"));
  }

  /** Every edit, on an INCOMPLETE record and on a COMPLETED one. */
  static Stream<Arguments> signingRecordEditsByStatus() {
    return Stream.of(PairStatus.INCOMPLETE, PairStatus.COMPLETED)
        .flatMap(
            status ->
                signingRecordEdits()
                    .map(a -> Arguments.of(status, a.get()[0], a.get()[1])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("signingRecordEditsByStatus")
  void editedSigningRecordField_isRefused(
      PairStatus stored, Consumer<ObjectNode> edit, String reason) throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version created = signingShares.create(record);
    if (stored == PairStatus.COMPLETED) {
      signingShares.replace(record.completed(T0), created);
    }
    String key = signingKey(wallet, pair);

    rewrite(key, edit);

    assertRefused(() -> signingShares.find(wallet, pair), key, reason);
    assertRefused(() -> signingShares.listByWallet(wallet), key, reason);
  }

  @Test
  void signingRecordMovedToAnotherPair_withConsistentIds_failsAuthentication() throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId original = SigningSharePairId.random();
    SigningSharePairId forged = SigningSharePairId.random();
    signingShares.create(signingRecord(wallet, original));

    copy(
        signingKey(wallet, original),
        signingKey(wallet, forged),
        d -> d.put("pairId", forged.value()));

    assertRefused(() -> signingShares.find(wallet, forged), signingKey(wallet, forged), SEAL);
  }

  // ------------------------------------------------------- revoked and frozen signing records

  @ParameterizedTest(name = "{0} edited to {1}")
  @CsvSource({"REVOKED, COMPLETED", "REVOKED, INCOMPLETE", "FROZEN, COMPLETED", "FROZEN, INCOMPLETE"})
  void shareLessRecordEditedToASigningStatus_isRefused(PairStatus ended, PairStatus edited)
      throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    endPair(wallet, pair, ended);
    String key = signingKey(wallet, pair);

    rewrite(key, d -> d.put("status", edited.name()));

    assertRefused(() -> signingShares.find(wallet, pair), key, "inconsistent record");
    assertRefused(() -> signingShares.listByWallet(wallet), key, "inconsistent record");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"REVOKED", "FROZEN"})
  void shareLessRecord_withItsEarlierShareGraftedBack_failsAuthentication(PairStatus ended)
      throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version completed =
        signingShares.replace(record.completed(T0.plusSeconds(1)), signingShares.create(record));
    String key = signingKey(wallet, pair);
    ObjectNode earlier = read(key); // an attacker's copy, taken while the pair could sign
    CustodianSigningShareRecord current = signingShares.find(wallet, pair).orElseThrow().value();
    signingShares.replace(
        ended == PairStatus.REVOKED ? current.revoked(T0.plusSeconds(2)) : current.frozen(T0.plusSeconds(2)),
        completed);

    rewrite(key, d -> d.put("status", "COMPLETED").set("share", earlier.get("share")));

    assertRefused(() -> signingShares.find(wallet, pair), key, SEAL);
  }

  /**
   * Pins the documented limit: a record without a share has nothing to seal it, so an edit of its
   * metadata goes unnoticed; it is still a record that can never sign.
   */
  @Test
  void revokedRecord_isNotAuthenticated_butStaysUnusable() throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    endPair(wallet, pair, PairStatus.REVOKED);
    String key = signingKey(wallet, pair);

    rewrite(key, d -> d.put("status", "FROZEN").put("deviceLabel", "edited"));

    CustodianSigningShareRecord read = signingShares.find(wallet, pair).orElseThrow().value();
    assertEquals(PairStatus.FROZEN, read.status());
    assertEquals("edited", read.deviceLabel().orElseThrow());
    assertTrue(read.share().isEmpty());
    assertFalse(read.status().canSign());
  }

  // ----------------------------------------------------------------- backup share records

  static Stream<Arguments> backupRecordEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "format 1"),
        edit("format 3", d -> d.put("format", 3), "format 3"),
        edit("writeId changed", d -> d.put("writeId", UUID.randomUUID().toString()), SEAL),
        edit("writeId removed", d -> d.remove("writeId"), SEAL),
        edit("method unknown", d -> d.put("method", "PAPER"), "unreadable"),
        edit("status INCOMPLETE and COMPLETED swapped", StoredFieldTamperingTest::swapStatus, SEAL),
        edit("status to REVOKED", d -> d.put("status", "REVOKED"), SEAL),
        edit("status unknown", d -> d.put("status", "DONE"), "unreadable"),
        edit("keyId pointed at another key", d -> d.put("keyId", "attacker-key"), SEAL),
        edit("keyId illegal", d -> d.put("keyId", "no such/key"), "unreadable"),
        edit("createdAt one nanosecond later", d -> d.put("createdAt", plusNanos(1)), SEAL),
        edit("updatedAt one nanosecond later", d -> d.put("updatedAt", plusNanos(1)), SEAL),
        edit("updatedAt a day later", d -> d.put("updatedAt", "2024-03-01T23:59:59Z"), SEAL),
        edit("share.publicKey swapped", d -> share(d).put("publicKey", OTHER_KEY.toHex()), SEAL),
        edit("share.curve unknown", d -> share(d).put("curve", "P256"), "public key"),
        edit("share removed", d -> d.remove("share"), "without its share"),
        edit("share.material removed", d -> share(d).remove("material"), "without material"));
  }

  /** Every edit, on an INCOMPLETE backup and on a COMPLETED one. */
  static Stream<Arguments> backupRecordEditsByStatus() {
    return Stream.of(PairStatus.INCOMPLETE, PairStatus.COMPLETED)
        .flatMap(
            status -> backupRecordEdits().map(a -> Arguments.of(status, a.get()[0], a.get()[1])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("backupRecordEditsByStatus")
  void editedBackupRecordField_isRefused(
      PairStatus stored, Consumer<ObjectNode> edit, String reason) throws Exception {
    WalletId wallet = WalletId.random();
    BackupSharePairId pair = BackupSharePairId.random();
    CustodianBackupShareRecord record = backupRecord(wallet, pair);
    Version created = backupShares.create(record);
    if (stored == PairStatus.COMPLETED) {
      backupShares.replace(record.completed(T0), created);
    }
    String key = backupKey(wallet, pair);

    rewrite(key, edit);

    assertRefused(() -> backupShares.find(wallet, pair), key, reason);
    assertRefused(() -> backupShares.listByWallet(wallet), key, reason);
  }

  /** A frozen wallet's backup cannot be made to provision again by editing its status back. */
  @ParameterizedTest(name = "FROZEN edited to {0}")
  @CsvSource({"COMPLETED", "INCOMPLETE"})
  void frozenBackupRecordEditedBack_isRefused(PairStatus edited) throws Exception {
    WalletId wallet = WalletId.random();
    BackupSharePairId pair = BackupSharePairId.random();
    CustodianBackupShareRecord record = backupRecord(wallet, pair);
    Version completed = backupShares.replace(record.completed(T0), backupShares.create(record));
    backupShares.replace(record.completed(T0).frozen(T0.plusSeconds(1)), completed);
    String key = backupKey(wallet, pair);

    rewrite(key, d -> d.put("status", edited.name()));

    assertRefused(() -> backupShares.find(wallet, pair), key, SEAL);
  }

  @Test
  void backupRecordMovedToAnotherPair_withConsistentIds_failsAuthentication() throws Exception {
    WalletId wallet = WalletId.random();
    BackupSharePairId original = BackupSharePairId.random();
    BackupSharePairId forged = BackupSharePairId.random();
    backupShares.create(backupRecord(wallet, original));

    copy(
        backupKey(wallet, original),
        backupKey(wallet, forged),
        d -> d.put("pairId", forged.value()));

    assertRefused(() -> backupShares.find(wallet, forged), backupKey(wallet, forged), SEAL);
  }

  // ------------------------------------------------------------------------ backup keys

  static Stream<Arguments> backupKeyEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "format 1"),
        edit("format 3", d -> d.put("format", 3), "format 3"),
        edit("writeId changed", d -> d.put("writeId", UUID.randomUUID().toString()), SEAL),
        edit("writeId removed", d -> d.remove("writeId"), SEAL),
        edit("encryptedKey removed", d -> d.remove("encryptedKey"), "holds no key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backupKeyEdits")
  void editedBackupKeyField_isRefused(Consumer<ObjectNode> edit, String reason) throws Exception {
    WalletId wallet = WalletId.random();
    BackupKeyId keyId = BackupKeyId.random();
    keyStorage.create(wallet, keyId, BackupEncryptionKey.generate(RANDOM));
    String key = keyKey(wallet, keyId);

    rewrite(key, edit);

    assertRefused(() -> keyStorage.get(wallet, keyId), key, reason);
  }

  // ------------------------------------------------------------------- untouched records

  @Test
  void untouchedRecords_stillReadBack_afterTheirJsonIsReparsedAndRewritten() throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId signingPair = SigningSharePairId.random();
    BackupSharePairId backupPair = BackupSharePairId.random();
    BackupKeyId keyId = BackupKeyId.random();
    CustodianSigningShareRecord signing = signingRecord(wallet, signingPair);
    CustodianBackupShareRecord backup = backupRecord(wallet, backupPair);
    BackupEncryptionKey backupKey = BackupEncryptionKey.generate(RANDOM);
    signingShares.create(signing);
    backupShares.create(backup);
    keyStorage.create(wallet, keyId, backupKey);

    rewrite(signingKey(wallet, signingPair), d -> {});
    rewrite(backupKey(wallet, backupPair), d -> {});
    rewrite(keyKey(wallet, keyId), d -> {});

    CustodianSigningShareRecord signingRead =
        signingShares.find(wallet, signingPair).orElseThrow().value();
    assertEquals(signing.status(), signingRead.status());
    assertEquals(signing.deviceLabel(), signingRead.deviceLabel());
    assertEquals(T0, signingRead.createdAt());
    assertEquals(T0, signingRead.updatedAt());
    assertEquals(TestRecords.PUBLIC_KEY, signingRead.share().orElseThrow().publicKey());
    assertTrue(
        signing.share().orElseThrow().material().equalsInConstantTime(
            signingRead.share().orElseThrow().material()));
    CustodianBackupShareRecord backupRead = backupShares.find(wallet, backupPair).orElseThrow().value();
    assertEquals(backup.keyId(), backupRead.keyId());
    assertEquals(backup.method(), backupRead.method());
    assertTrue(backup.share().material().equalsInConstantTime(backupRead.share().material()));
    assertTrue(keyStorage.get(wallet, keyId).secret().equalsInConstantTime(backupKey.secret()));
  }

  /** Values are bound as parsed: another spelling of the same instant or key is no change. */
  @Test
  void respelledButEqualValues_stillRead() throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signingShares.create(signingRecord(wallet, pair));

    rewrite(
        signingKey(wallet, pair),
        d -> {
          d.put("updatedAt", "2024-03-01T00:59:59.123456789+01:00");
          share(d).put("publicKey", TestRecords.PUBLIC_KEY.toHex().toUpperCase());
        });

    CustodianSigningShareRecord read = signingShares.find(wallet, pair).orElseThrow().value();
    assertEquals(T0, read.updatedAt());
    assertEquals(TestRecords.PUBLIC_KEY, read.share().orElseThrow().publicKey());
  }

  // ------------------------------------------------------------------------------ helpers

  private static Arguments edit(String name, Consumer<ObjectNode> edit, String reason) {
    return Arguments.of(Named.of(name, edit), reason);
  }

  private static void swapStatus(ObjectNode document) {
    boolean completed = document.get("status").asText().equals("COMPLETED");
    document.put("status", completed ? "INCOMPLETE" : "COMPLETED");
  }

  private static ObjectNode share(ObjectNode document) {
    return (ObjectNode) document.get("share");
  }

  private static String plusNanos(long nanos) {
    return T0.plusNanos(nanos).toString();
  }

  private void endPair(WalletId wallet, SigningSharePairId pair, PairStatus ended) {
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version created = signingShares.create(record);
    signingShares.replace(
        ended == PairStatus.REVOKED ? record.revoked(T0.plusSeconds(1)) : record.frozen(T0.plusSeconds(1)),
        created);
  }

  private static ObjectNode read(String key) throws Exception {
    return (ObjectNode)
        JSON.readTree(AWS.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray());
  }

  /** Reads, edits and writes back one object, as an attacker with bucket write access would. */
  private static void rewrite(String key, Consumer<ObjectNode> edit) throws Exception {
    copy(key, key, edit);
  }

  private static void copy(String from, String to, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode document = read(from);
    edit.accept(document);
    byte[] body = JSON.writeValueAsBytes(document);
    AWS.s3().putObject(b -> b.bucket(BUCKET).key(to), RequestBody.fromBytes(body));
  }

  private static String signingKey(WalletId wallet, SigningSharePairId pair) {
    return PREFIX + "signing-shares/" + wallet + "/" + pair + ".json";
  }

  private static String backupKey(WalletId wallet, BackupSharePairId pair) {
    return PREFIX + "backup-shares/" + wallet + "/" + pair + ".json";
  }

  private static String keyKey(WalletId wallet, BackupKeyId keyId) {
    return PREFIX + "backup-keys/" + wallet + "/" + keyId + ".json";
  }

  private static CustodianSigningShareRecord signingRecord(WalletId wallet, SigningSharePairId pair) {
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pair, TestRecords.PUBLIC_KEY, TestRecords.randomSecret(64)),
        "phone",
        T0);
  }

  private static CustodianBackupShareRecord backupRecord(WalletId wallet, BackupSharePairId pair) {
    return CustodianBackupShareRecord.incomplete(
        new CustodianBackupShare(wallet, pair, TestRecords.PUBLIC_KEY, TestRecords.randomSecret(64)),
        BackupMethod.CLOUD_KEY,
        BackupKeyId.of("key-1"),
        T0);
  }

  private static void assertRefused(Executable read, String key, String reason) {
    StoredDataInvalidException e = assertThrows(StoredDataInvalidException.class, read);
    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains("s3://" + BUCKET + "/" + key), "names the object: " + e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
