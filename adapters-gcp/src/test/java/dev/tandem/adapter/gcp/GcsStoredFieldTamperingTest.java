package dev.tandem.adapter.gcp;

import static dev.tandem.adapter.gcp.GcsTestFixtures.LOCATION;
import static dev.tandem.adapter.gcp.GcsTestFixtures.RANDOM;
import static dev.tandem.domain.port.contract.ContractFixtures.CREATED_AT;
import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
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
import dev.tandem.domain.secret.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Someone with write access to the bucket but not to the key-encryption key edits one clear-text
 * field of a stored document (keeping the JSON valid and its ids those of its object name): every
 * such edit is refused with {@link StoredDataInvalidException} naming the object. For the fields
 * bound into the seal the refusal is the seal's ("authentication failed"), not a parse error, which
 * shows that the AES-GCM associated data covers them.
 */
class GcsStoredFieldTamperingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEAL = "authentication failed";

  /** The negated generator: on the curve, a different public key than the one stored. */
  private static final PublicKey OTHER_KEY =
      PublicKey.of(
          Curve.SECP256K1, PUBLIC_KEY.x(), Curve.SECP256K1.fieldPrime().subtract(PUBLIC_KEY.y()));

  private final KeyEncryptionKey kek = GcsTestFixtures.newKek("kek-1");
  private final ModelObjectStore bucket = new ModelObjectStore(true);
  private final GcsKeyStorage keys = new GcsKeyStorage(bucket, LOCATION, kek, RANDOM);
  private final GcsSigningShareRepository signing =
      new GcsSigningShareRepository(bucket, LOCATION, kek, RANDOM);
  private final GcsBackupShareRepository backups =
      new GcsBackupShareRepository(bucket, LOCATION, kek, RANDOM);

  // ---------------------------------------------------------------- signing share records

  static Stream<Arguments> signingRecordEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "unknown document format 1"),
        edit("format 3", d -> d.put("format", 3), "unknown document format 3"),
        edit("type", d -> d.put("type", "backup-share"), "document type is not"),
        edit("status INCOMPLETE and COMPLETED swapped", GcsStoredFieldTamperingTest::swapStatus, SEAL),
        edit("status to REVOKED, share kept", d -> d.put("status", "REVOKED"), SEAL),
        edit("status to FROZEN, share kept", d -> d.put("status", "FROZEN"), SEAL),
        edit("status unknown", d -> d.put("status", "SIGNING"), "status is not a known"),
        edit("deviceLabel changed", d -> d.put("deviceLabel", "attacker's laptop"), SEAL),
        edit("deviceLabel nulled", d -> d.putNull("deviceLabel"), SEAL),
        edit("deviceLabel emptied", d -> d.put("deviceLabel", ""), SEAL),
        edit("createdAt one nanosecond later", d -> d.put("createdAt", plusNanos(1)), SEAL),
        edit("createdAt a year earlier", d -> d.put("createdAt", "2023-02-28T23:59:59Z"), SEAL),
        edit("createdAt unreadable", d -> d.put("createdAt", "yesterday"), "createdAt is not"),
        edit("updatedAt one nanosecond later", d -> d.put("updatedAt", plusNanos(1)), SEAL),
        edit("updatedAt a day later", d -> d.put("updatedAt", "2024-03-01T23:59:59Z"), SEAL),
        edit("share.publicKey swapped", d -> share(d).put("publicKey", OTHER_KEY.toHex()), SEAL),
        edit("share.publicKey garbage", d -> share(d).put("publicKey", "0x04ff"), "public key"),
        edit("share.curve unknown", d -> share(d).put("curve", "P256"), "curve or public key"),
        edit("share nulled", d -> d.putNull("share"), "do not form a valid record"),
        edit("share.material nulled", d -> share(d).putNull("material"), "sealed secret is missing"),
        edit("share.material.algorithm", d -> sealedMaterial(d).put("algorithm", "AES-128-CBC"), "algorithm"),
        edit("share.material.kekId", d -> sealedMaterial(d).put("kekId", "kek-2"), "key-encryption key"));
  }

  /** Every edit, on an INCOMPLETE record and on a COMPLETED one. */
  static Stream<Arguments> signingRecordEditsByStatus() {
    return Stream.of(PairStatus.INCOMPLETE, PairStatus.COMPLETED)
        .flatMap(
            status -> signingRecordEdits().map(a -> Arguments.of(status, a.get()[0], a.get()[1])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("signingRecordEditsByStatus")
  void editedSigningRecordField_isRefused(
      PairStatus stored, Consumer<ObjectNode> edit, String reason) {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version created = signing.create(record);
    if (stored == PairStatus.COMPLETED) {
      signing.replace(record.completed(CREATED_AT), created);
    }
    String name = signingName(wallet, pair.value());

    rewrite(name, edit);

    assertRefused(() -> signing.find(wallet, pair), name, reason);
    assertRefused(() -> signing.listByWallet(wallet), name, reason);
  }

  @Test
  void signingRecordMovedToAnotherWallet_withConsistentIds_failsAuthentication() {
    WalletId owner = WalletId.random();
    WalletId other = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signing.create(signingRecord(owner, pair));
    ObjectNode document = read(signingName(owner, pair.value()));
    document.put("walletId", other.value());

    write(signingName(other, pair.value()), document);

    assertRefused(() -> signing.find(other, pair), signingName(other, pair.value()), SEAL);
  }

  // ------------------------------------------------------- revoked and frozen signing records

  @ParameterizedTest(name = "{0} edited to {1}")
  @CsvSource({"REVOKED, COMPLETED", "REVOKED, INCOMPLETE", "FROZEN, COMPLETED", "FROZEN, INCOMPLETE"})
  void shareLessRecordEditedToASigningStatus_isRefused(PairStatus ended, PairStatus edited) {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    endPair(wallet, pair, ended);
    String name = signingName(wallet, pair.value());

    rewrite(name, d -> d.put("status", edited.name()));

    assertRefused(() -> signing.find(wallet, pair), name, "do not form a valid record");
    assertRefused(() -> signing.listByWallet(wallet), name, "do not form a valid record");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"REVOKED", "FROZEN"})
  void shareLessRecord_withItsEarlierShareGraftedBack_failsAuthentication(PairStatus ended) {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version created = signing.create(record);
    CustodianSigningShareRecord completed = record.completed(CREATED_AT.plusSeconds(1));
    Version version = signing.replace(completed, created);
    String name = signingName(wallet, pair.value());
    ObjectNode earlier = read(name); // an attacker's copy, taken while the pair could sign
    signing.replace(
        ended == PairStatus.REVOKED
            ? completed.revoked(CREATED_AT.plusSeconds(2))
            : completed.frozen(CREATED_AT.plusSeconds(2)),
        version);

    rewrite(name, d -> d.put("status", "COMPLETED").set("share", earlier.get("share")));

    assertRefused(() -> signing.find(wallet, pair), name, SEAL);
  }

  /**
   * Pins the documented limit: a record without a share has nothing to seal it, so an edit of its
   * metadata goes unnoticed; it is still a record that can never sign.
   */
  @Test
  void revokedRecord_isNotAuthenticated_butStaysUnusable() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    endPair(wallet, pair, PairStatus.REVOKED);

    rewrite(signingName(wallet, pair.value()), d -> d.put("status", "FROZEN").put("deviceLabel", "edited"));

    CustodianSigningShareRecord read = signing.find(wallet, pair).orElseThrow().value();
    assertEquals(PairStatus.FROZEN, read.status());
    assertEquals("edited", read.deviceLabel().orElseThrow());
    assertTrue(read.share().isEmpty());
    assertFalse(read.status().canSign());
  }

  // ----------------------------------------------------------------- backup share records

  static Stream<Arguments> backupRecordEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "unknown document format 1"),
        edit("format 3", d -> d.put("format", 3), "unknown document format 3"),
        edit("type", d -> d.put("type", "signing-share"), "document type is not"),
        edit("method unknown", d -> d.put("method", "PAPER"), "method is not a known"),
        edit("status INCOMPLETE and COMPLETED swapped", GcsStoredFieldTamperingTest::swapStatus, SEAL),
        edit("status to REVOKED", d -> d.put("status", "REVOKED"), SEAL),
        edit("status unknown", d -> d.put("status", "DONE"), "status is not a known"),
        edit("keyId pointed at another key", d -> d.put("keyId", "attacker-key"), SEAL),
        edit("keyId illegal", d -> d.put("keyId", "no such/key"), "keyId is not a legal"),
        edit("createdAt one nanosecond later", d -> d.put("createdAt", plusNanos(1)), SEAL),
        edit("updatedAt one nanosecond later", d -> d.put("updatedAt", plusNanos(1)), SEAL),
        edit("updatedAt a day later", d -> d.put("updatedAt", "2024-03-01T23:59:59Z"), SEAL),
        edit("share.publicKey swapped", d -> share(d).put("publicKey", OTHER_KEY.toHex()), SEAL),
        edit("share.curve unknown", d -> share(d).put("curve", "P256"), "curve or public key"),
        edit("share nulled", d -> d.putNull("share"), "needs its share"),
        edit("share.material.algorithm", d -> sealedMaterial(d).put("algorithm", "AES-128-CBC"), "algorithm"),
        edit("share.material.kekId", d -> sealedMaterial(d).put("kekId", "kek-2"), "key-encryption key"));
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
      PairStatus stored, Consumer<ObjectNode> edit, String reason) {
    WalletId wallet = WalletId.random();
    BackupSharePairId pair = BackupSharePairId.random();
    CustodianBackupShareRecord record = backupRecord(wallet, pair);
    Version created = backups.create(record);
    if (stored == PairStatus.COMPLETED) {
      backups.replace(record.completed(CREATED_AT), created);
    }
    String name = backupName(wallet, pair.value());

    rewrite(name, edit);

    assertRefused(() -> backups.find(wallet, pair), name, reason);
    assertRefused(() -> backups.listByWallet(wallet), name, reason);
  }

  /** A frozen wallet's backup cannot be made to provision again by editing its status back. */
  @ParameterizedTest(name = "FROZEN edited to {0}")
  @CsvSource({"COMPLETED", "INCOMPLETE"})
  void frozenBackupRecordEditedBack_isRefused(PairStatus edited) {
    WalletId wallet = WalletId.random();
    BackupSharePairId pair = BackupSharePairId.random();
    CustodianBackupShareRecord record = backupRecord(wallet, pair);
    CustodianBackupShareRecord completed = record.completed(CREATED_AT);
    Version version = backups.replace(completed, backups.create(record));
    backups.replace(completed.frozen(CREATED_AT.plusSeconds(1)), version);
    String name = backupName(wallet, pair.value());

    rewrite(name, d -> d.put("status", edited.name()));

    assertRefused(() -> backups.find(wallet, pair), name, SEAL);
  }

  @Test
  void backupRecordMovedToAnotherPair_withConsistentIds_failsAuthentication() {
    WalletId wallet = WalletId.random();
    BackupSharePairId original = BackupSharePairId.random();
    BackupSharePairId forged = BackupSharePairId.random();
    backups.create(backupRecord(wallet, original));
    ObjectNode document = read(backupName(wallet, original.value()));
    document.put("pairId", forged.value());

    write(backupName(wallet, forged.value()), document);

    assertRefused(() -> backups.find(wallet, forged), backupName(wallet, forged.value()), SEAL);
  }

  // ------------------------------------------------------------------------ backup keys

  static Stream<Arguments> backupKeyEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "unknown document format 1"),
        edit("format 3", d -> d.put("format", 3), "unknown document format 3"),
        edit("type", d -> d.put("type", "signing-share"), "document type is not"),
        edit("key nulled", d -> d.putNull("key"), "sealed secret is missing"),
        edit("key.algorithm", d -> sealedKey(d).put("algorithm", "AES-128-CBC"), "algorithm"),
        edit("key.kekId", d -> sealedKey(d).put("kekId", "kek-2"), "key-encryption key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backupKeyEdits")
  void editedBackupKeyField_isRefused(Consumer<ObjectNode> edit, String reason) {
    WalletId wallet = WalletId.random();
    BackupKeyId keyId = BackupKeyId.random();
    keys.create(wallet, keyId, BackupEncryptionKey.generate(RANDOM));
    String name = keyName(wallet, keyId.value());

    rewrite(name, edit);

    assertRefused(() -> keys.get(wallet, keyId), name, reason);
  }

  @Test
  void backupKeyMovedToAnotherKeyId_withConsistentIds_failsAuthentication() {
    WalletId wallet = WalletId.random();
    keys.create(wallet, BackupKeyId.of("k-1"), BackupEncryptionKey.generate(RANDOM));
    ObjectNode document = read(keyName(wallet, "k-1"));
    document.put("keyId", "k-2");

    write(keyName(wallet, "k-2"), document);

    assertRefused(() -> keys.get(wallet, BackupKeyId.of("k-2")), keyName(wallet, "k-2"), SEAL);
  }

  // ------------------------------------------------------------------- untouched records

  @Test
  void untouchedRecords_stillReadBack_afterTheirJsonIsReparsedAndRewritten() {
    WalletId wallet = WalletId.random();
    SigningSharePairId signingPair = SigningSharePairId.random();
    BackupSharePairId backupPair = BackupSharePairId.random();
    BackupKeyId keyId = BackupKeyId.random();
    CustodianSigningShareRecord signingRecord = signingRecord(wallet, signingPair);
    CustodianBackupShareRecord backupRecord = backupRecord(wallet, backupPair);
    BackupEncryptionKey key = BackupEncryptionKey.generate(RANDOM);
    signing.create(signingRecord);
    backups.create(backupRecord);
    keys.create(wallet, keyId, key);

    rewrite(signingName(wallet, signingPair.value()), d -> {});
    rewrite(backupName(wallet, backupPair.value()), d -> {});
    rewrite(keyName(wallet, keyId.value()), d -> {});

    CustodianSigningShareRecord signingRead = signing.find(wallet, signingPair).orElseThrow().value();
    assertEquals(PairStatus.INCOMPLETE, signingRead.status());
    assertEquals("phone", signingRead.deviceLabel().orElseThrow());
    assertEquals(CREATED_AT, signingRead.createdAt());
    assertEquals(CREATED_AT, signingRead.updatedAt());
    assertEquals(PUBLIC_KEY, signingRead.share().orElseThrow().publicKey());
    assertTrue(
        signingRecord.share().orElseThrow().material().equalsInConstantTime(
            signingRead.share().orElseThrow().material()));
    CustodianBackupShareRecord backupRead = backups.find(wallet, backupPair).orElseThrow().value();
    assertEquals(backupRecord.keyId(), backupRead.keyId());
    assertEquals(backupRecord.method(), backupRead.method());
    assertTrue(backupRecord.share().material().equalsInConstantTime(backupRead.share().material()));
    assertTrue(keys.get(wallet, keyId).secret().equalsInConstantTime(key.secret()));
  }

  /** Values are bound as parsed: another spelling of the same instant or key is no change. */
  @Test
  void respelledButEqualValues_stillRead() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signing.create(signingRecord(wallet, pair));

    rewrite(
        signingName(wallet, pair.value()),
        d -> {
          d.put("updatedAt", "2024-03-01T00:59:59.123456789+01:00");
          share(d).put("publicKey", PUBLIC_KEY.toHex().toUpperCase());
        });

    CustodianSigningShareRecord read = signing.find(wallet, pair).orElseThrow().value();
    assertEquals(CREATED_AT, read.updatedAt());
    assertEquals(PUBLIC_KEY, read.share().orElseThrow().publicKey());
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

  private static ObjectNode sealedMaterial(ObjectNode document) {
    return (ObjectNode) share(document).get("material");
  }

  private static ObjectNode sealedKey(ObjectNode document) {
    return (ObjectNode) document.get("key");
  }

  private static String plusNanos(long nanos) {
    return CREATED_AT.plusNanos(nanos).toString();
  }

  private void endPair(WalletId wallet, SigningSharePairId pair, PairStatus ended) {
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version created = signing.create(record);
    signing.replace(
        ended == PairStatus.REVOKED
            ? record.revoked(CREATED_AT.plusSeconds(1))
            : record.frozen(CREATED_AT.plusSeconds(1)),
        created);
  }

  private ObjectNode read(String name) {
    try {
      return (ObjectNode) JSON.readTree(bucket.read(name).orElseThrow().content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name, ObjectNode document) {
    try {
      bucket.overwrite(name, JSON.writeValueAsBytes(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads, edits and writes back one object, as an attacker with bucket write access would. */
  private void rewrite(String name, Consumer<ObjectNode> edit) {
    ObjectNode document = read(name);
    edit.accept(document);
    write(name, document);
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

  private static SecretBytes material() {
    byte[] bytes = new byte[256];
    RANDOM.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }

  private static CustodianSigningShareRecord signingRecord(WalletId wallet, SigningSharePairId pair) {
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

  private void assertRefused(Executable read, String name, String reason) {
    StoredDataInvalidException e = assertThrows(StoredDataInvalidException.class, read);
    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains(bucket.url(name)), "names the object: " + e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
