package dev.tandem.adapter.objectstore;

import static dev.tandem.domain.port.contract.ContractFixtures.PUBLIC_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.adapter.objectstore.ObjectStore.StoredObject;
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
import dev.tandem.domain.port.WalletFreeze;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Someone with write access to the bucket but none to the key wrapper's key edits, moves or copies
 * stored objects: every such object is refused with {@link StoredDataInvalidException} naming it
 * ({@link ObjectStore#url}), never read as another record. For the fields bound into the seal the
 * refusal is the seal's ("failed authentication"), not a parse error, which shows that the AES-GCM
 * associated data covers them; where the key wrapper does not enforce the {@link WrapContext} (the
 * KMS fake does not), the refusal is the core's own. The attacker writes through the store's own
 * operations (a conditional replace at the live version, a create), as bucket access allows.
 *
 * <p>Run once per real store and key wrapper, and on the model store for each {@link
 * StorageLayout}. What it pins as a limit, not a defence: a record without a share is not
 * authenticated, and a whole earlier document put back (a rollback) reads as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StoredObjectTamperingContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SEAL = "failed authentication";

  /** With nanoseconds, so that a one-nanosecond edit is a real edit. */
  private static final Instant T0 = Instant.parse("2024-02-29T23:59:59.123456789Z");

  /** The negated generator: on the curve, a different public key than the one stored. */
  private static final PublicKey OTHER_KEY =
      PublicKey.of(
          Curve.SECP256K1, PUBLIC_KEY.x(), Curve.SECP256K1.fieldPrime().subtract(PUBLIC_KEY.y()));

  protected abstract ObjectStore store();

  protected abstract KeyWrapper keyWrapper();

  /** The layout under test, with a prefix of the subclass's choosing. */
  protected abstract StorageLayout layout();

  private ObjectStoreSigningShareRepository signingShares() {
    return new ObjectStoreSigningShareRepository(store(), keyWrapper(), layout(), RANDOM);
  }

  private ObjectStoreBackupShareRepository backupShares() {
    return new ObjectStoreBackupShareRepository(store(), keyWrapper(), layout(), RANDOM);
  }

  private ObjectStoreKeyStorage keyStorage() {
    return new ObjectStoreKeyStorage(store(), keyWrapper(), layout(), RANDOM);
  }

  private ObjectStoreWalletFreezeRepository freezes() {
    return new ObjectStoreWalletFreezeRepository(store(), layout());
  }

  // ---------------------------------------------------------------- signing share records

  Stream<Arguments> signingRecordEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "format 1"),
        edit("format after this one", d -> d.put("format", nextFormat()), "format " + nextFormat()),
        edit("writeId changed", d -> d.put("writeId", UUID.randomUUID().toString()), SEAL),
        edit("writeId removed", d -> d.remove("writeId"), SEAL),
        edit("unknown field added", d -> d.put("type", "backup-share"), "not a readable"),
        edit("status INCOMPLETE and COMPLETED swapped", StoredObjectTamperingContract::swapStatus, SEAL),
        edit("status to REVOKED, share kept", d -> d.put("status", "REVOKED"), SEAL),
        edit("status to FROZEN, share kept", d -> d.put("status", "FROZEN"), SEAL),
        edit("status unknown", d -> d.put("status", "SIGNING"), "unreadable status"),
        edit("deviceLabel changed", d -> d.put("deviceLabel", "attacker's laptop"), SEAL),
        edit("deviceLabel removed", d -> d.remove("deviceLabel"), SEAL),
        edit("deviceLabel nulled", d -> d.putNull("deviceLabel"), SEAL),
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
        edit("share nulled", d -> d.putNull("share"), "inconsistent record"),
        edit("share.material removed", d -> share(d).remove("material"), "without material"),
        edit("share.material nulled", d -> share(d).putNull("material"), "without material"),
        edit("share.material.kekId added", d -> material(d).put("kekId", "kek-2"), "not a readable"),
        edit("share.material.nonce altered", d -> flip(material(d), "nonce"), SEAL),
        edit("share.material.nonce shortened", d -> shorten(material(d), "nonce"), "malformed"),
        edit("share.material.ciphertext altered", d -> flip(material(d), "ciphertext"), SEAL),
        edit("share.material.ciphertext truncated", d -> shorten(material(d), "ciphertext"), SEAL),
        edit("share.material.wrappedKey altered", d -> flip(material(d), "wrappedKey"), SEAL));
  }

  /** Every edit, on an INCOMPLETE record and on a COMPLETED one. */
  Stream<Arguments> signingRecordEditsByStatus() {
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
    Version created = signingShares().create(record);
    if (stored == PairStatus.COMPLETED) {
      signingShares().replace(record.completed(T0), created);
    }
    String name = signingName(wallet, pair);

    rewrite(name, edit);

    assertRefused(() -> signingShares().find(wallet, pair), name, reason);
    assertRefused(() -> signingShares().listByWallet(wallet), name, reason);
  }

  @Test
  void signingRecordMovedToAnotherPair_withConsistentIds_failsAuthentication() {
    WalletId wallet = WalletId.random();
    SigningSharePairId original = SigningSharePairId.random();
    SigningSharePairId forged = SigningSharePairId.random();
    signingShares().create(signingRecord(wallet, original));

    copy(signingName(wallet, original), signingName(wallet, forged), d -> d.put("pairId", forged.value()));

    assertRefused(() -> signingShares().find(wallet, forged), signingName(wallet, forged), SEAL);
  }

  @Test
  void signingRecordCopiedToAnotherWallet_isRefused() {
    WalletId victim = WalletId.random();
    WalletId attacker = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signingShares().create(signingRecord(victim, pair));

    copy(signingName(victim, pair), signingName(attacker, pair), d -> {});

    assertRefused(
        () -> signingShares().find(attacker, pair), signingName(attacker, pair), "other than its key names");
  }

  @Test
  void signingRecordCopiedToAnotherWallet_withRewrittenIds_failsAuthentication() {
    WalletId victim = WalletId.random();
    WalletId attacker = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signingShares().create(signingRecord(victim, pair));

    copy(signingName(victim, pair), signingName(attacker, pair), d -> d.put("walletId", attacker.value()));

    assertRefused(() -> signingShares().find(attacker, pair), signingName(attacker, pair), SEAL);
    assertRefused(() -> signingShares().listByWallet(attacker), signingName(attacker, pair), SEAL);
  }

  @Test
  void signingRecord_withTheWrappedKeyOfAnotherRecord_failsAuthentication() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    SigningSharePairId other = SigningSharePairId.random();
    signingShares().create(signingRecord(wallet, pair));
    signingShares().create(signingRecord(wallet, other));
    String otherWrappedKey = material(read(signingName(wallet, other))).get("wrappedKey").asText();

    rewrite(signingName(wallet, pair), d -> material(d).put("wrappedKey", otherWrappedKey));

    assertRefused(() -> signingShares().find(wallet, pair), signingName(wallet, pair), SEAL);
  }

  @Test
  void signingRecord_sealedAsAnotherRecordType_failsAuthentication() {
    WalletId wallet = WalletId.random();
    BackupSharePairId pair = BackupSharePairId.random();
    backupShares().create(backupRecord(wallet, pair));
    ObjectNode backup = read(backupName(wallet, pair));
    SigningSharePairId signingPair = SigningSharePairId.of(pair.value());
    ObjectNode forged = read(signingNameAfterCreate(wallet, signingPair));
    forged.set("share", backup.get("share"));
    forged.put("createdAt", backup.get("createdAt").asText());
    forged.put("updatedAt", backup.get("updatedAt").asText());
    forged.put("writeId", backup.get("writeId").asText());
    forged.put("status", backup.get("status").asText());

    put(signingName(wallet, signingPair), forged);

    assertRefused(() -> signingShares().find(wallet, signingPair), signingName(wallet, signingPair), SEAL);
  }

  // ------------------------------------------------------- revoked and frozen signing records

  @ParameterizedTest(name = "{0} edited to {1}")
  @CsvSource({"REVOKED, COMPLETED", "REVOKED, INCOMPLETE", "FROZEN, COMPLETED", "FROZEN, INCOMPLETE"})
  void shareLessRecordEditedToASigningStatus_isRefused(PairStatus ended, PairStatus edited) {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    endPair(wallet, pair, ended);
    String name = signingName(wallet, pair);

    rewrite(name, d -> d.put("status", edited.name()));

    assertRefused(() -> signingShares().find(wallet, pair), name, "inconsistent record");
    assertRefused(() -> signingShares().listByWallet(wallet), name, "inconsistent record");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"REVOKED", "FROZEN"})
  void shareLessRecord_withItsEarlierShareGraftedBack_failsAuthentication(PairStatus ended) {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version completed =
        signingShares().replace(record.completed(T0.plusSeconds(1)), signingShares().create(record));
    String name = signingName(wallet, pair);
    ObjectNode earlier = read(name); // an attacker's copy, taken while the pair could sign
    CustodianSigningShareRecord current = signingShares().find(wallet, pair).orElseThrow().value();
    signingShares()
        .replace(
            ended == PairStatus.REVOKED
                ? current.revoked(T0.plusSeconds(2))
                : current.frozen(T0.plusSeconds(2)),
            completed);

    rewrite(name, d -> d.put("status", "COMPLETED").set("share", earlier.get("share")));

    assertRefused(() -> signingShares().find(wallet, pair), name, SEAL);
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

    rewrite(signingName(wallet, pair), d -> d.put("status", "FROZEN").put("deviceLabel", "edited"));

    CustodianSigningShareRecord read = signingShares().find(wallet, pair).orElseThrow().value();
    assertEquals(PairStatus.FROZEN, read.status());
    assertEquals("edited", read.deviceLabel().orElseThrow());
    assertTrue(read.share().isEmpty());
    assertFalse(read.status().canSign());
  }

  /**
   * Pins the other documented limit: a seal proves that the core wrote a document for this record,
   * not that it is the latest. The whole earlier document, copied before a revocation and put back
   * after it, reads as it was; only the bucket's access control prevents this. The store itself
   * keeps no such copy: the revocation deleted the older versions.
   */
  @Test
  void wholeEarlierDocumentRestoredAfterRevocation_readsAsItWas_theDocumentedRollbackLimit() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    CustodianSigningShareRecord completed = record.completed(T0.plusSeconds(1));
    Version version = signingShares().replace(completed, signingShares().create(record));
    String name = signingName(wallet, pair);
    byte[] earlier = store().read(name).orElseThrow().content(); // the attacker's copy
    signingShares().replace(completed.revoked(T0.plusSeconds(2)), version);
    assertFalse(signingShares().find(wallet, pair).orElseThrow().value().status().canSign());

    StoredObject revoked = store().read(name).orElseThrow();
    store().replaceIfVersion(name, earlier, revoked.version());

    CustodianSigningShareRecord rolledBack = signingShares().find(wallet, pair).orElseThrow().value();
    assertEquals(PairStatus.COMPLETED, rolledBack.status());
    assertTrue(
        record.share().orElseThrow().material().equalsInConstantTime(
            rolledBack.share().orElseThrow().material()));
  }

  // ----------------------------------------------------------------- backup share records

  Stream<Arguments> backupRecordEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "format 1"),
        edit("format after this one", d -> d.put("format", nextFormat()), "format " + nextFormat()),
        edit("writeId changed", d -> d.put("writeId", UUID.randomUUID().toString()), SEAL),
        edit("writeId removed", d -> d.remove("writeId"), SEAL),
        edit("unknown field added", d -> d.put("type", "signing-share"), "not a readable"),
        edit("method unknown", d -> d.put("method", "PAPER"), "unreadable"),
        edit("status INCOMPLETE and COMPLETED swapped", StoredObjectTamperingContract::swapStatus, SEAL),
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
        edit("share nulled", d -> d.putNull("share"), "without its share"),
        edit("share.material removed", d -> share(d).remove("material"), "without material"),
        edit("share.material.algorithm added", d -> material(d).put("algorithm", "AES-128-CBC"), "not a readable"),
        edit("share.material.nonce altered", d -> flip(material(d), "nonce"), SEAL),
        edit("share.material.ciphertext altered", d -> flip(material(d), "ciphertext"), SEAL),
        edit("share.material.wrappedKey altered", d -> flip(material(d), "wrappedKey"), SEAL));
  }

  /** Every edit, on an INCOMPLETE backup and on a COMPLETED one. */
  Stream<Arguments> backupRecordEditsByStatus() {
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
    Version created = backupShares().create(record);
    if (stored == PairStatus.COMPLETED) {
      backupShares().replace(record.completed(T0), created);
    }
    String name = backupName(wallet, pair);

    rewrite(name, edit);

    assertRefused(() -> backupShares().find(wallet, pair), name, reason);
    assertRefused(() -> backupShares().listByWallet(wallet), name, reason);
  }

  /** A frozen wallet's backup cannot be made to provision again by editing its status back. */
  @ParameterizedTest(name = "FROZEN edited to {0}")
  @CsvSource({"COMPLETED", "INCOMPLETE"})
  void frozenBackupRecordEditedBack_isRefused(PairStatus edited) {
    WalletId wallet = WalletId.random();
    BackupSharePairId pair = BackupSharePairId.random();
    CustodianBackupShareRecord record = backupRecord(wallet, pair);
    Version completed = backupShares().replace(record.completed(T0), backupShares().create(record));
    backupShares().replace(record.completed(T0).frozen(T0.plusSeconds(1)), completed);
    String name = backupName(wallet, pair);

    rewrite(name, d -> d.put("status", edited.name()));

    assertRefused(() -> backupShares().find(wallet, pair), name, SEAL);
  }

  @Test
  void backupRecordMovedToAnotherPair_withConsistentIds_failsAuthentication() {
    WalletId wallet = WalletId.random();
    BackupSharePairId original = BackupSharePairId.random();
    BackupSharePairId forged = BackupSharePairId.random();
    backupShares().create(backupRecord(wallet, original));

    copy(backupName(wallet, original), backupName(wallet, forged), d -> d.put("pairId", forged.value()));

    assertRefused(() -> backupShares().find(wallet, forged), backupName(wallet, forged), SEAL);
  }

  // ------------------------------------------------------------------------ backup keys

  Stream<Arguments> backupKeyEdits() {
    return Stream.of(
        edit("format 1 (ids only bound)", d -> d.put("format", 1), "format 1"),
        edit("format after this one", d -> d.put("format", nextFormat()), "format " + nextFormat()),
        edit("writeId changed", d -> d.put("writeId", UUID.randomUUID().toString()), SEAL),
        edit("writeId removed", d -> d.remove("writeId"), SEAL),
        edit("unknown field added", d -> d.put("type", "signing-share"), "not a readable"),
        edit("encryptedKey removed", d -> d.remove("encryptedKey"), "holds no key"),
        edit("encryptedKey nulled", d -> d.putNull("encryptedKey"), "holds no key"),
        edit("encryptedKey.kekId added", d -> sealedKey(d).put("kekId", "kek-2"), "not a readable"),
        edit("encryptedKey.nonce altered", d -> flip(sealedKey(d), "nonce"), SEAL),
        edit("encryptedKey.ciphertext altered", d -> flip(sealedKey(d), "ciphertext"), SEAL),
        edit("encryptedKey.wrappedKey altered", d -> flip(sealedKey(d), "wrappedKey"), SEAL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("backupKeyEdits")
  void editedBackupKeyField_isRefused(Consumer<ObjectNode> edit, String reason) {
    WalletId wallet = WalletId.random();
    BackupKeyId keyId = BackupKeyId.random();
    keyStorage().create(wallet, keyId, BackupEncryptionKey.generate(RANDOM));
    String name = keyName(wallet, keyId);

    rewrite(name, edit);

    assertRefused(() -> keyStorage().get(wallet, keyId), name, reason);
  }

  @Test
  void backupKeyMovedToAnotherKeyId_withConsistentIds_failsAuthentication() {
    WalletId wallet = WalletId.random();
    keyStorage().create(wallet, BackupKeyId.of("k-1"), BackupEncryptionKey.generate(RANDOM));

    copy(keyName(wallet, BackupKeyId.of("k-1")), keyName(wallet, BackupKeyId.of("k-2")),
        d -> d.put("keyId", "k-2"));

    assertRefused(
        () -> keyStorage().get(wallet, BackupKeyId.of("k-2")), keyName(wallet, BackupKeyId.of("k-2")), SEAL);
  }

  @Test
  void backupKeyCopiedToAnotherWallet_withRewrittenIds_failsAuthentication() {
    WalletId victim = WalletId.random();
    WalletId attacker = WalletId.random();
    BackupKeyId keyId = BackupKeyId.random();
    keyStorage().create(victim, keyId, BackupEncryptionKey.generate(RANDOM));

    copy(keyName(victim, keyId), keyName(attacker, keyId), d -> d.put("walletId", attacker.value()));

    assertRefused(() -> keyStorage().get(attacker, keyId), keyName(attacker, keyId), SEAL);
  }

  // ----------------------------------------------------------------------- freeze markers

  @Test
  void anUnreadableObjectUnderTheMarkersName_isStoredDataInvalid_neverUnfrozen() {
    WalletId wallet = WalletId.random();
    String name = freezeName(wallet);

    put(name, "{\"not\": \"a marker\"}".getBytes(StandardCharsets.UTF_8));

    assertRefused(() -> freezes().find(wallet), name, "not a readable");
  }

  @Test
  void aMarkerCopiedFromAnotherWallet_isStoredDataInvalid() {
    WalletId frozen = WalletId.random();
    WalletId other = WalletId.random();
    freezes().createIfAbsent(new WalletFreeze(frozen, SigningSharePairId.random(), T0));

    copy(freezeName(frozen), freezeName(other), d -> {});

    assertRefused(() -> freezes().find(other), freezeName(other), "other than its key names");
  }

  // ------------------------------------------------------------------- objects and formats

  @Test
  void objectThatIsNotJson_isRefused() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();

    put(signingName(wallet, pair), "not json".getBytes(StandardCharsets.UTF_8));

    assertRefused(() -> signingShares().find(wallet, pair), signingName(wallet, pair), "not a readable");
  }

  @Test
  void storedObject_holdsNoShareMaterialInTheClear() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    byte[] material = new byte[48];
    Arrays.fill(material, (byte) 0x7e); // "~~~~": would show in JSON or base64 alike
    signingShares()
        .create(
            CustodianSigningShareRecord.incomplete(
                new CustodianSigningShare(wallet, pair, PUBLIC_KEY, SecretBytes.copyOf(material)),
                "phone",
                T0));

    String stored =
        new String(store().read(signingName(wallet, pair)).orElseThrow().content(), StandardCharsets.UTF_8);

    assertFalse(stored.contains("~~~~"), stored);
    assertFalse(stored.contains("fn5+fn5+"), "base64 of the material: " + stored);
    assertTrue(stored.contains("\"wrappedKey\""), stored);
  }

  /**
   * A layout that once wrote another structure under an older format (the earlier Cloud Storage
   * adapters' format 2) refuses such an object by its format, with the layout's advice.
   */
  @Test
  void objectOfARetiredFormat_isRefusedNamingTheFormatAndWhatToDo() {
    assumeTrue(!layout().retiredFormats().isEmpty(), "this layout retired no format");
    for (Map.Entry<Integer, String> retired : layout().retiredFormats().entrySet()) {
      WalletId wallet = WalletId.random();
      SigningSharePairId pair = SigningSharePairId.random();
      String name = signingName(wallet, pair);
      ObjectNode old = JSON.createObjectNode();
      old.put("format", retired.getKey());
      old.put("type", layout().labels().signingShare());
      old.put("walletId", wallet.value());
      old.put("pairId", pair.value());
      old.put("status", "COMPLETED");
      old.put("createdAt", T0.toString());
      old.put("updatedAt", T0.toString());
      ObjectNode share = old.putObject("share");
      share.put("curve", "SECP256K1");
      share.put("publicKey", PUBLIC_KEY.toHex());
      ObjectNode sealed = share.putObject("material");
      sealed.put("algorithm", "AES-256-GCM");
      sealed.put("kekId", "kek-1");
      sealed.put("wrappedKey", "AAAA");
      sealed.put("nonce", "AAAA");
      sealed.put("ciphertext", "AAAA");

      put(name, old);

      StoredDataInvalidException e =
          assertRefused(() -> signingShares().find(wallet, pair), name, "format " + retired.getKey());
      assertTrue(e.getMessage().contains(retired.getValue()), e.getMessage());
    }
  }

  // ------------------------------------------------------------------- untouched records

  @Test
  void untouchedRecords_stillReadBack_afterTheirJsonIsReparsedAndRewritten() {
    WalletId wallet = WalletId.random();
    SigningSharePairId signingPair = SigningSharePairId.random();
    BackupSharePairId backupPair = BackupSharePairId.random();
    BackupKeyId keyId = BackupKeyId.random();
    CustodianSigningShareRecord signing = signingRecord(wallet, signingPair);
    CustodianBackupShareRecord backup = backupRecord(wallet, backupPair);
    BackupEncryptionKey backupKey = BackupEncryptionKey.generate(RANDOM);
    signingShares().create(signing);
    backupShares().create(backup);
    keyStorage().create(wallet, keyId, backupKey);

    rewrite(signingName(wallet, signingPair), d -> {});
    rewrite(backupName(wallet, backupPair), d -> {});
    rewrite(keyName(wallet, keyId), d -> {});

    CustodianSigningShareRecord signingRead =
        signingShares().find(wallet, signingPair).orElseThrow().value();
    assertEquals(signing.status(), signingRead.status());
    assertEquals(signing.deviceLabel(), signingRead.deviceLabel());
    assertEquals(T0, signingRead.createdAt());
    assertEquals(T0, signingRead.updatedAt());
    assertEquals(PUBLIC_KEY, signingRead.share().orElseThrow().publicKey());
    assertTrue(
        signing.share().orElseThrow().material().equalsInConstantTime(
            signingRead.share().orElseThrow().material()));
    CustodianBackupShareRecord backupRead = backupShares().find(wallet, backupPair).orElseThrow().value();
    assertEquals(backup.keyId(), backupRead.keyId());
    assertEquals(backup.method(), backupRead.method());
    assertTrue(backup.share().material().equalsInConstantTime(backupRead.share().material()));
    assertTrue(keyStorage().get(wallet, keyId).secret().equalsInConstantTime(backupKey.secret()));
  }

  /** Values are bound as parsed: another spelling of the same instant or key is no change. */
  @Test
  void respelledButEqualValues_stillRead() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signingShares().create(signingRecord(wallet, pair));

    rewrite(
        signingName(wallet, pair),
        d -> {
          d.put("updatedAt", "2024-03-01T00:59:59.123456789+01:00");
          share(d).put("publicKey", PUBLIC_KEY.toHex().toUpperCase());
        });

    CustodianSigningShareRecord read = signingShares().find(wallet, pair).orElseThrow().value();
    assertEquals(T0, read.updatedAt());
    assertEquals(PUBLIC_KEY, read.share().orElseThrow().publicKey());
  }

  // ------------------------------------------------------------------------------ helpers

  private int nextFormat() {
    return layout().format() + 1;
  }

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

  private static ObjectNode material(ObjectNode document) {
    return (ObjectNode) share(document).get("material");
  }

  private static ObjectNode sealedKey(ObjectNode document) {
    return (ObjectNode) document.get("encryptedKey");
  }

  /** Flips one bit in the middle of a base64 field. */
  private static void flip(ObjectNode node, String field) {
    byte[] bytes = Base64.getDecoder().decode(node.get(field).asText());
    bytes[bytes.length / 2] ^= 0x01;
    node.put(field, Base64.getEncoder().encodeToString(bytes));
  }

  /** Drops the last byte of a base64 field. */
  private static void shorten(ObjectNode node, String field) {
    byte[] bytes = Base64.getDecoder().decode(node.get(field).asText());
    node.put(field, Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, bytes.length - 1)));
  }

  private static String plusNanos(long nanos) {
    return T0.plusNanos(nanos).toString();
  }

  private void endPair(WalletId wallet, SigningSharePairId pair, PairStatus ended) {
    CustodianSigningShareRecord record = signingRecord(wallet, pair);
    Version created = signingShares().create(record);
    signingShares()
        .replace(
            ended == PairStatus.REVOKED
                ? record.revoked(T0.plusSeconds(1))
                : record.frozen(T0.plusSeconds(1)),
            created);
  }

  private ObjectNode read(String name) {
    try {
      return (ObjectNode) JSON.readTree(store().read(name).orElseThrow().content());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an object as an attacker with write access to the bucket would: whatever is there. */
  private void put(String name, byte[] content) {
    store()
        .read(name)
        .ifPresentOrElse(
            live -> store().replaceIfVersion(name, content, live.version()),
            () -> store().createIfAbsent(name, content));
  }

  private void put(String name, ObjectNode document) {
    try {
      put(name, JSON.writeValueAsBytes(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads, edits and writes back one object. */
  private void rewrite(String name, Consumer<ObjectNode> edit) {
    copy(name, name, edit);
  }

  private void copy(String from, String to, Consumer<ObjectNode> edit) {
    ObjectNode document = read(from);
    edit.accept(document);
    put(to, document);
  }

  /** Creates a genuine signing record of the pair and returns its name, for a forgery's frame. */
  private String signingNameAfterCreate(WalletId wallet, SigningSharePairId pair) {
    signingShares().create(signingRecord(wallet, pair));
    return signingName(wallet, pair);
  }

  private String signingName(WalletId wallet, SigningSharePairId pair) {
    return layout().prefix() + "signing-shares/" + wallet + "/" + pair + layout().objectSuffix();
  }

  private String backupName(WalletId wallet, BackupSharePairId pair) {
    return layout().prefix() + "backup-shares/" + wallet + "/" + pair + layout().objectSuffix();
  }

  private String keyName(WalletId wallet, BackupKeyId keyId) {
    return layout().prefix() + "backup-keys/" + wallet + "/" + keyId + layout().objectSuffix();
  }

  private String freezeName(WalletId wallet) {
    return layout().prefix() + "wallet-freezes/" + wallet + "/freeze" + layout().objectSuffix();
  }

  private static SecretBytes randomMaterial() {
    byte[] bytes = new byte[64];
    RANDOM.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }

  private static CustodianSigningShareRecord signingRecord(WalletId wallet, SigningSharePairId pair) {
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pair, PUBLIC_KEY, randomMaterial()), "phone", T0);
  }

  private static CustodianBackupShareRecord backupRecord(WalletId wallet, BackupSharePairId pair) {
    return CustodianBackupShareRecord.incomplete(
        new CustodianBackupShare(wallet, pair, PUBLIC_KEY, randomMaterial()),
        BackupMethod.CLOUD_KEY,
        BackupKeyId.of("key-1"),
        T0);
  }

  private StoredDataInvalidException assertRefused(Executable read, String name, String reason) {
    StoredDataInvalidException e = assertThrows(StoredDataInvalidException.class, read);
    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains(store().url(name)), "names the object: " + e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    return e;
  }
}
