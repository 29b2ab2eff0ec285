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
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * An object moved, copied or edited in the bucket is refused, never read as another record (edits
 * of each single field: {@link StoredFieldTamperingTest}). The decisive case is an object copied
 * under another wallet's key with its clear-text ids rewritten to match: only the AES-GCM
 * associated data (record type, wallet id, record id and every other field, see {@link
 * RecordBinding}) can catch it, and the KMS fake does not enforce the encryption context, so the
 * refusal here is the adapter's own.
 */
class StoredObjectIntegrityTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String BUCKET = AWS.newBucket(false);
  private static final String PREFIX = "integrity/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final AwsStorageSettings settings = new AwsStorageSettings(BUCKET, PREFIX, AWS.kmsKeyId());
  private final S3SigningShareRepository signingShares =
      new S3SigningShareRepository(AWS.s3(), AWS.kms(), settings);
  private final S3KeyStorage keyStorage = new S3KeyStorage(AWS.s3(), AWS.kms(), settings);

  @Test
  void signingShareCopiedToAnotherWallet_isRefused() throws Exception {
    WalletId victim = WalletId.random();
    WalletId attacker = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signingShares.create(record(victim, pair));

    copy(signingKey(victim, pair), signingKey(attacker, pair), null);

    assertUnreadable(() -> signingShares.find(attacker, pair), "other than its key names");
  }

  @Test
  void signingShareCopiedToAnotherWallet_withRewrittenIds_failsAuthentication() throws Exception {
    WalletId victim = WalletId.random();
    WalletId attacker = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signingShares.create(record(victim, pair));

    copy(signingKey(victim, pair), signingKey(attacker, pair),
        doc -> doc.put("walletId", attacker.value()));

    assertUnreadable(() -> signingShares.find(attacker, pair), "failed authentication");
    assertUnreadable(() -> signingShares.listByWallet(attacker), "failed authentication");
  }

  @Test
  void signingShareCopiedToAnotherPair_withRewrittenIds_failsAuthentication() throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId original = SigningSharePairId.random();
    SigningSharePairId forged = SigningSharePairId.random();
    signingShares.create(record(wallet, original));

    copy(signingKey(wallet, original), signingKey(wallet, forged),
        doc -> doc.put("pairId", forged.value()));

    assertUnreadable(() -> signingShares.find(wallet, forged), "failed authentication");
  }

  @Test
  void backupKeyCopiedToAnotherWallet_withRewrittenIds_failsAuthentication() throws Exception {
    WalletId victim = WalletId.random();
    WalletId attacker = WalletId.random();
    BackupKeyId keyId = BackupKeyId.random();
    keyStorage.create(victim, keyId, BackupEncryptionKey.generate(RANDOM));
    String from = PREFIX + "backup-keys/" + victim + "/" + keyId + ".json";
    String to = PREFIX + "backup-keys/" + attacker + "/" + keyId + ".json";

    copy(from, to, doc -> doc.put("walletId", attacker.value()));

    assertUnreadable(() -> keyStorage.get(attacker, keyId), "failed authentication");
  }

  @Test
  void objectOfAnUnknownFormat_isRefused() throws Exception {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    signingShares.create(record(wallet, pair));
    String key = signingKey(wallet, pair);

    copy(key, key, doc -> doc.put("format", 3));

    assertUnreadable(() -> signingShares.find(wallet, pair), "format 3");
  }

  @Test
  void objectThatIsNotJson_isRefused() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    AWS.s3().putObject(b -> b.bucket(BUCKET).key(signingKey(wallet, pair)), RequestBody.fromString("not json"));

    assertUnreadable(() -> signingShares.find(wallet, pair), "not a readable");
  }

  @Test
  void storedObject_holdsNoShareMaterialInTheClear() {
    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    byte[] material = new byte[48];
    java.util.Arrays.fill(material, (byte) 0x7e); // "~~~~": would show in JSON or base64 alike
    signingShares.create(
        CustodianSigningShareRecord.incomplete(
            new CustodianSigningShare(wallet, pair, TestRecords.PUBLIC_KEY, SecretBytes.copyOf(material)),
            "phone",
            Instant.parse("2024-01-01T00:00:00Z")));

    String stored =
        AWS.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(signingKey(wallet, pair))).asUtf8String();

    assertFalse(stored.contains("~~~~"), stored);
    assertFalse(stored.contains("fn5+fn5+"), "base64 of the material: " + stored);
    assertTrue(stored.contains("\"wrappedKey\""), stored);
  }

  private interface Edit {
    void apply(ObjectNode document);
  }

  /** Copies an object as an attacker with write access to the bucket would, optionally editing it. */
  private static void copy(String from, String to, Edit edit) throws Exception {
    byte[] body = AWS.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(from)).asByteArray();
    if (edit != null) {
      ObjectNode document = (ObjectNode) JSON.readTree(body);
      edit.apply(document);
      body = JSON.writeValueAsBytes(document);
    }
    String text = new String(body, StandardCharsets.UTF_8);
    AWS.s3().putObject(b -> b.bucket(BUCKET).key(to), RequestBody.fromString(text));
  }

  private static String signingKey(WalletId wallet, SigningSharePairId pair) {
    return PREFIX + "signing-shares/" + wallet + "/" + pair + ".json";
  }

  private static CustodianSigningShareRecord record(WalletId wallet, SigningSharePairId pair) {
    byte[] material = new byte[64];
    RANDOM.nextBytes(material);
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(wallet, pair, TestRecords.PUBLIC_KEY, SecretBytes.adopt(material)),
        "phone",
        Instant.parse("2024-01-01T00:00:00Z"));
  }

  private static void assertUnreadable(Executable read, String reason) {
    StoredDataInvalidException e = assertThrows(StoredDataInvalidException.class, read);
    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
