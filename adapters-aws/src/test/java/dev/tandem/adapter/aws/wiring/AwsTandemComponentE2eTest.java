package dev.tandem.adapter.aws.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Component;
import dev.tandem.adapter.aws.LocalAws;
import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.BackupWalletCommand;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ListSigningSharePairsCommand;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairResult;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.SecretBytes;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ObjectVersion;

/**
 * The AWS deployment end to end, on the real engine against the local S3 and KMS servers: create,
 * sign, back up, provision a second device, sign with both pairs for the same address, revoke the
 * first. The bucket is read back on the S3 server itself: the records and the backup key are under
 * the configured prefix, no object version holds any share or key in clear, and after revocation no
 * version of the revoked pair's object holds its share in any form.
 */
class AwsTandemComponentE2eTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final String PREFIX = "e2e/tandem/";
  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");

  private static String bucket;
  private static AwsTandemTestComponent tandem;

  @BeforeAll
  static void startComponent() {
    bucket = AWS.newBucket(true);
    tandem =
        DaggerAwsTandemTestComponent.factory()
            .create(AWS.configBuilder(bucket, AWS.kmsKeyId()).keyPrefix("e2e/tandem").build());
  }

  @AfterAll
  static void closeClients() {
    tandem.s3().close();
    tandem.kms().close();
  }

  @Test
  void testComponent_differsFromTheProductionComponentOnlyInItsCredentials() {
    List<Class<?>> production =
        new ArrayList<>(
            Arrays.asList(AwsTandemComponent.class.getAnnotation(Component.class).modules()));
    production.replaceAll(
        module -> module == AwsCredentialsModule.class ? StaticCredentialsTestModule.class : module);

    assertEquals(
        production,
        Arrays.asList(AwsTandemTestComponent.class.getAnnotation(Component.class).modules()));
  }

  @Test
  void productionComponent_buildsItsWholeGraph_withTheDefaultCredentialsChain() {
    // Building resolves no credential and calls no server; signing needs neither.
    AwsTandemComponent production =
        AwsTandemComponent.create(AWS.configBuilder(bucket, AWS.kmsKeyId()).build());

    assertNotNull(production.createWallet());
    assertNotNull(production.cosign());
    assertNotNull(production.ejectWallet());
    assertNotNull(production.signatureVerifier());
  }

  @Test
  void aWalletLivesOnS3_fromCreationToRevocation() throws Exception {
    // Create, then sign.
    CreateWalletResult created =
        tandem
            .createWallet()
            .createWallet(
                CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
    WalletId wallet = created.walletId();
    SigningSharePairId phone = created.pairId();
    PublicKey key = created.publicKey();
    assertSignedBy(key, sign(created.share(), "first message"));

    // Back up: the custodian's backup record and the user's backup key are on S3.
    EncryptedClientBackup backup =
        tandem
            .backupWallet()
            .backupWallet(
                new BackupWalletCommand(IdempotencyKey.random(), created.share()),
                ProgressListener.IGNORE)
            .backup();
    assertEquals(wallet, backup.walletId());

    // Provision a tablet from the backup.
    ProvisionWalletResult tablet =
        tandem
            .provisionWallet()
            .provisionWallet(
                new ProvisionWalletCommand(IdempotencyKey.random(), wallet, backup, "tablet"),
                SigningShareSink.NONE,
                ProgressListener.IGNORE);
    assertNotEquals(phone, tablet.pairId());
    assertEquals(key, tablet.publicKey());

    // Both pairs sign, for the same address.
    SignMessageResult fromPhone = sign(created.share(), "from the phone");
    SignMessageResult fromTablet = sign(tablet.share(), "from the tablet");
    assertSignedBy(key, fromPhone);
    assertSignedBy(key, fromTablet);
    assertEquals(created.address(), fromPhone.address());
    assertEquals(fromPhone.address(), fromTablet.address());
    assertEquals(
        Map.of(phone, PairStatus.COMPLETED, tablet.pairId(), PairStatus.COMPLETED),
        statuses(wallet));

    // The objects, under the configured prefix.
    String signingShares = PREFIX + "signing-shares/" + wallet + "/";
    String phoneKey = signingShares + phone + ".json";
    String tabletKey = signingShares + tablet.pairId() + ".json";
    String backupShareKey =
        PREFIX + "backup-shares/" + wallet + "/" + backup.backupPairId() + ".json";
    String backupKeyKey = PREFIX + "backup-keys/" + wallet + "/" + backup.keyId() + ".json";
    List<String> stored = currentKeys(PREFIX);
    assertEquals(
        List.of(backupKeyKey, backupShareKey, phoneKey, tabletKey).stream().sorted().toList(),
        stored.stream().filter(k -> k.contains(wallet.value())).sorted().toList());
    assertTrue(stored.stream().allMatch(k -> k.startsWith(PREFIX)), stored.toString());
    assertEquals(0, AWS.s3().listObjectsV2(b -> b.bucket(bucket).prefix("signing-shares/")).keyCount());

    // Every secret, read back decrypted through the adapters, appears in no stored version.
    Map<String, byte[]> secrets = new LinkedHashMap<>();
    secrets.put("phone client share", created.share().material().revealCopy());
    secrets.put("tablet client share", tablet.share().material().revealCopy());
    secrets.put("phone custodian share", custodianShare(wallet, phone));
    secrets.put("tablet custodian share", custodianShare(wallet, tablet.pairId()));
    secrets.put("custodian backup share", backupRecord(wallet).share().material().revealCopy());
    secrets.put(
        "backup key", tandem.keyStorage().get(wallet, backup.keyId()).secret().revealCopy());
    assertNoVersionHolds(PREFIX, secrets);

    // Revoke the phone: it signs no more, the tablet still does.
    RevokeSigningSharePairResult revoked =
        tandem
            .revokeSigningSharePair()
            .revokeSigningSharePair(new RevokeSigningSharePairCommand(wallet, phone));
    assertEquals(PairStatus.REVOKED, revoked.status());
    TandemException refused =
        assertThrows(TandemException.class, () -> sign(created.share(), "after revocation"));
    assertEquals(ErrorCode.PAIR_REVOKED, refused.code(), refused.getMessage());
    assertSignedBy(key, sign(tablet.share(), "tablet after revocation"));
    assertEquals(
        Map.of(phone, PairStatus.REVOKED, tablet.pairId(), PairStatus.COMPLETED),
        statuses(wallet));

    // No version of the revoked pair's object holds its share, sealed or in clear.
    byte[] phoneShare = secrets.get("phone custodian share");
    ListObjectVersionsResponse phoneVersions =
        AWS.s3().listObjectVersions(b -> b.bucket(bucket).prefix(phoneKey));
    assertTrue(phoneVersions.deleteMarkers().isEmpty(), phoneVersions.deleteMarkers().toString());
    assertFalse(phoneVersions.versions().isEmpty());
    ObjectMapper json = new ObjectMapper();
    for (ObjectVersion version : phoneVersions.versions()) {
      assertEquals(phoneKey, version.key());
      byte[] body = read(phoneKey, version.versionId());
      JsonNode document = json.readTree(body);
      assertEquals("REVOKED", document.path("status").asText(), "version " + version.versionId());
      assertTrue(
          document.path("share").isMissingNode() || document.path("share").isNull(),
          "version " + version.versionId() + " still holds a sealed share");
      assertFalse(containsInAnyEncoding(body, phoneShare), "version " + version.versionId());
    }
    assertTrue(tandem.signingShares().find(wallet, phone).orElseThrow().value().share().isEmpty());
    assertNoVersionHolds(PREFIX, secrets);
  }

  private static SignMessageResult sign(ClientSigningShare share, String text) {
    return tandem
        .signMessage()
        .signMessage(new SignMessageCommand(share, new SignPayload.PersonalText(text)));
  }

  /**
   * The signature verifies under the wallet's key with the component's verifier, which also
   * recovers the wallet's key from it, and with Bouncy Castle's ECDSA verifier on its own.
   */
  private static void assertSignedBy(PublicKey key, SignMessageResult result) {
    assertTrue(tandem.signatureVerifier().verifies(key, result.hash(), result.signature()));
    assertEquals(key, tandem.signatureVerifier().recover(result.hash(), result.signature()));
    assertEquals(key.ethereumAddress(), result.address());

    byte[] raw = HexFormat.of().parseHex(result.signature().toEthereumHex().substring(2));
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, 32));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
    ECDSASigner bouncyCastle = new ECDSASigner();
    bouncyCastle.init(
        false,
        new ECPublicKeyParameters(
            SECP256K1.getCurve().createPoint(key.x(), key.y()),
            new ECDomainParameters(
                SECP256K1.getCurve(), SECP256K1.getG(), SECP256K1.getN(), SECP256K1.getH())));
    assertTrue(bouncyCastle.verifySignature(result.hash().bytes(), r, s), "Bouncy Castle verifies");
  }

  private static Map<SigningSharePairId, PairStatus> statuses(WalletId wallet) {
    Map<SigningSharePairId, PairStatus> statuses = new LinkedHashMap<>();
    for (SigningSharePairSummary pair :
        tandem
            .listSigningSharePairs()
            .listSigningSharePairs(new ListSigningSharePairsCommand(wallet))
            .pairs()) {
      statuses.put(pair.pairId(), pair.status());
    }
    return statuses;
  }

  private static byte[] custodianShare(WalletId wallet, SigningSharePairId pair) {
    SecretBytes material =
        tandem.signingShares().find(wallet, pair).orElseThrow().value().share().orElseThrow().material();
    return material.revealCopy();
  }

  private static CustodianBackupShareRecord backupRecord(WalletId wallet) {
    List<Versioned<CustodianBackupShareRecord>> records =
        tandem.backupShares().listByWallet(wallet);
    assertEquals(1, records.size());
    return records.get(0).value();
  }

  private static List<String> currentKeys(String prefix) {
    return AWS.s3().listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
        .map(o -> o.key())
        .toList();
  }

  /** Searches every version of every object under the prefix for every secret. */
  private static void assertNoVersionHolds(String prefix, Map<String, byte[]> secrets) {
    int versions = 0;
    for (ObjectVersion version :
        AWS.s3().listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(prefix)).versions()) {
      byte[] body = read(version.key(), version.versionId());
      versions++;
      for (Map.Entry<String, byte[]> secret : secrets.entrySet()) {
        assertFalse(
            containsInAnyEncoding(body, secret.getValue()),
            secret.getKey() + " in clear in " + version.key() + " @ " + version.versionId());
      }
    }
    assertTrue(versions >= 4, "read " + versions + " versions");
  }

  private static byte[] read(String key, String versionId) {
    return AWS.s3()
        .getObjectAsBytes(b -> b.bucket(bucket).key(key).versionId(versionId))
        .asByteArray();
  }

  /** The raw bytes, or their Base64 (standard or URL-safe, padded or not) or hex text. */
  private static boolean containsInAnyEncoding(byte[] haystack, byte[] secret) {
    assertTrue(secret.length >= 16, "a secret too short to search for: " + secret.length);
    List<byte[]> forms =
        List.of(
            secret,
            Base64.getEncoder().withoutPadding().encode(secret),
            Base64.getUrlEncoder().withoutPadding().encode(secret),
            HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII),
            HexFormat.of().withUpperCase().formatHex(secret).getBytes(StandardCharsets.US_ASCII));
    for (byte[] form : forms) {
      if (indexOf(haystack, form) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
