package dev.tandem.adapter.gcp.wiring;

import static dev.tandem.adapter.gcp.wiring.HttpModelFixture.PREFIX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.adapter.gcp.GcsSessionRegistry;
import dev.tandem.adapter.gcp.ModelGcsHttpServer;
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
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.port.SignatureVerifierPort;
import dev.tandem.domain.port.Versioned;
import dev.tandem.domain.secret.ClientSigningShare;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link GcpTandemComponent} end to end: the production component, its host override pointing at
 * {@link ModelGcsHttpServer} (the bucket model served over HTTP as the Cloud Storage JSON API, with
 * object versioning on), driven through the real SDK and HTTP transport, the real two-party engine
 * and the use cases. The model is the only local server found that honours generation
 * preconditions (see the module README, "what was exercised where"); it is not Google's server.
 *
 * <p>One wallet's life: create, sign, back up, provision a second device, both pairs sign for the
 * same address (checked with the component's {@code SignatureVerifierPort} and separately with
 * Bouncy Castle), revoke the first pair, which then fails with {@code PAIR_REVOKED}. The bucket is
 * then inspected directly: the records and the backup key exist under the prefix, beside one
 * session registry object per protocol run, no generation of any object holds a secret in the
 * clear, and no generation of the revoked pair's object holds a share.
 */
class GcpTandemComponentE2eTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SESSIONS = PREFIX + GcsSessionRegistry.FOLDER;
  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");
  private static final ECDomainParameters DOMAIN =
      new ECDomainParameters(
          SECP256K1.getCurve(), SECP256K1.getG(), SECP256K1.getN(), SECP256K1.getH());

  private final ModelGcsHttpServer server = HttpModelFixture.startServer();
  private final GcpTandemConfig config = HttpModelFixture.config(server).build();
  private final GcpTandemComponent tandem = GcpTandemComponent.create(config);
  /** A second reader of the same bucket with the same KEK, to look at the custodian's records. */
  private final GcsStorageTestComponent bucketReader = GcsStorageTestComponent.of(config);

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void aWalletLivesOnTheBucket_fromCreationToRevocation() throws Exception {
    // Create: the first pair, COMPLETED, its record in the bucket.
    CreateWalletResult created =
        tandem
            .createWallet()
            .createWallet(
                new CreateWalletCommand(IdempotencyKey.random(), WalletId.random(), "phone"),
                SigningShareSink.NONE);
    WalletId wallet = created.walletId();
    SigningSharePairId phone = created.pairId();
    PublicKey publicKey = created.publicKey();
    assertEquals(Map.of(phone, PairStatus.COMPLETED), statuses(wallet));

    // Sign.
    assertSignedBy(publicKey, sign(created.share(), "first message"), "first message");

    // Back up: the backup key goes to the key storage, the custodian's backup share to its record.
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
    assertEquals(publicKey, tablet.publicKey());

    // Both pairs sign, for the same address.
    SignMessageResult fromPhone = sign(created.share(), "from the phone");
    SignMessageResult fromTablet = sign(tablet.share(), "from the tablet");
    assertSignedBy(publicKey, fromPhone, "from the phone");
    assertSignedBy(publicKey, fromTablet, "from the tablet");
    assertEquals(fromPhone.address(), fromTablet.address());
    assertEquals(created.address(), fromTablet.address());
    assertEquals(
        Map.of(phone, PairStatus.COMPLETED, tablet.pairId(), PairStatus.COMPLETED),
        statuses(wallet));

    // The bucket: one object per record and key, under the prefix, every secret sealed.
    String phoneObject = PREFIX + "signing-shares/" + wallet.value() + "/" + phone.value();
    String tabletObject =
        PREFIX + "signing-shares/" + wallet.value() + "/" + tablet.pairId().value();
    String backupObject =
        PREFIX + "backup-shares/" + wallet.value() + "/" + backup.backupPairId().value();
    String keyObject = PREFIX + "backup-keys/" + wallet.value() + "/" + backup.keyId().value();
    assertEquals(
        List.of(keyObject, backupObject, phoneObject, tabletObject).stream().sorted().toList(),
        recordNames());
    // Keygen, backup, provisioning and three signatures: six runs, each admitted once.
    assertEquals(6, sessionNames().size(), sessionNames().toString());
    List<byte[]> secrets = secretsOf(wallet, phone, tablet.pairId(), created, tablet, backup);
    String phoneSealedShare = liveDocument(phoneObject).get("share").toString();
    assertTrue(phoneSealedShare.contains("kekId"), phoneSealedShare);
    assertNoSecretInAnyGeneration(secrets);

    // Revoke the phone: it can never sign again; the tablet still can.
    RevokeSigningSharePairResult revoked =
        tandem
            .revokeSigningSharePair()
            .revokeSigningSharePair(new RevokeSigningSharePairCommand(wallet, phone));
    assertEquals(PairStatus.COMPLETED, revoked.previousStatus());
    assertEquals(PairStatus.REVOKED, revoked.status());
    TandemException refused =
        assertThrows(TandemException.class, () -> sign(created.share(), "after revocation"));
    assertEquals(ErrorCode.PAIR_REVOKED, refused.code());
    String afterRevocation = "tablet after revocation";
    assertSignedBy(publicKey, sign(tablet.share(), afterRevocation), afterRevocation);
    assertEquals(
        Map.of(phone, PairStatus.REVOKED, tablet.pairId(), PairStatus.COMPLETED),
        statuses(wallet));

    // No generation of the revoked pair's object (versioning is on) holds a share, and its sealed
    // share is in no object at all; still no secret anywhere in the clear.
    List<Long> phoneGenerations = server.generations(phoneObject);
    assertFalse(phoneGenerations.isEmpty());
    for (long generation : phoneGenerations) {
      JsonNode document = document(phoneObject, generation);
      assertTrue(document.get("share").isNull(), document.toString());
      assertEquals("REVOKED", document.get("status").asText());
    }
    for (String name : server.names()) {
      for (long generation : server.generations(name)) {
        assertFalse(
            text(name, generation).contains(phoneSealedShare),
            name + "@" + generation + " holds the revoked pair's sealed share");
      }
    }
    assertEquals(
        List.of(keyObject, backupObject, phoneObject, tabletObject).stream().sorted().toList(),
        recordNames());
    // One more signature; the refused one never reached the engine.
    assertEquals(7, sessionNames().size(), sessionNames().toString());
    assertNoSecretInAnyGeneration(secrets);
  }

  /** The objects of records and keys: every object but the session registry's. */
  private List<String> recordNames() {
    return server.names().stream().filter(name -> !name.startsWith(SESSIONS)).toList();
  }

  /** The session registry's objects, one per admitted protocol run. */
  private List<String> sessionNames() {
    return server.names().stream().filter(name -> name.startsWith(SESSIONS)).toList();
  }

  private SignMessageResult sign(ClientSigningShare share, String text) {
    return tandem
        .signMessage()
        .signMessage(new SignMessageCommand(share, new SignPayload.PersonalText(text)));
  }

  /**
   * The signature is of the EIP-191 digest of {@code text} (Keccak by Bouncy Castle), verifies and
   * recovers to the key with the component's verifier, verifies with Bouncy Castle's ECDSA, and
   * names the key's address.
   */
  private void assertSignedBy(PublicKey key, SignMessageResult result, String text) {
    byte[] message = text.getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(
        keccak256(
            ("\u0019Ethereum Signed Message:\n" + message.length)
                .getBytes(StandardCharsets.US_ASCII),
            message),
        result.hash().bytes());

    SignatureVerifierPort verifier = tandem.signatureVerifier();
    assertTrue(verifier.verifies(key, result.hash(), result.signature()), "the component verifies");
    assertEquals(key, verifier.recover(result.hash(), result.signature()), "and recovers the key");

    ECDSASigner bouncyCastle = new ECDSASigner();
    bouncyCastle.init(
        false,
        new ECPublicKeyParameters(SECP256K1.getCurve().createPoint(key.x(), key.y()), DOMAIN));
    assertTrue(
        bouncyCastle.verifySignature(
            result.hash().bytes(), result.signature().r(), result.signature().s()),
        "Bouncy Castle verifies");
    assertTrue(result.signature().s().compareTo(SECP256K1.getN().shiftRight(1)) <= 0, "low-s");
    byte[] uncompressed = key.uncompressed();
    byte[] hashOfKey = keccak256(Arrays.copyOfRange(uncompressed, 1, 65));
    assertArrayEquals(Arrays.copyOfRange(hashOfKey, 12, 32), result.address().toByteArray());
  }

  /**
   * Every secret of the wallet, read back through the ports (a second client of the bucket with
   * the same KEK): both custodian signing shares, the custodian backup share, the backup key, and
   * the two client shares (which must never reach the bucket at all).
   */
  private List<byte[]> secretsOf(
      WalletId wallet,
      SigningSharePairId phone,
      SigningSharePairId tabletPair,
      CreateWalletResult created,
      ProvisionWalletResult tablet,
      EncryptedClientBackup backup) {
    List<byte[]> secrets = new ArrayList<>();
    for (SigningSharePairId pair : List.of(phone, tabletPair)) {
      CustodianSigningShareRecord record =
          bucketReader.signingShares().find(wallet, pair).orElseThrow().value();
      secrets.add(record.share().orElseThrow().material().revealCopy());
    }
    List<Versioned<CustodianBackupShareRecord>> backups =
        bucketReader.backupShares().listByWallet(wallet);
    assertEquals(1, backups.size());
    secrets.add(backups.get(0).value().share().material().revealCopy());
    secrets.add(bucketReader.keyStorage().get(wallet, backup.keyId()).secret().revealCopy());
    secrets.add(created.share().material().revealCopy());
    secrets.add(tablet.share().material().revealCopy());
    return secrets;
  }

  /** No stored generation of any object holds a secret, raw or as base64, base64url or hex. */
  private void assertNoSecretInAnyGeneration(List<byte[]> secrets) {
    for (String name : server.names()) {
      assertTrue(name.startsWith(PREFIX), name);
      for (long generation : server.generations(name)) {
        byte[] stored = server.content(name, generation).orElseThrow();
        String text = new String(stored, StandardCharsets.UTF_8);
        for (byte[] secret : secrets) {
          assertFalse(containsBytes(stored, Arrays.copyOf(secret, 16)), name + " holds a secret");
          for (String encoding :
              List.of(
                  Base64.getEncoder().encodeToString(secret),
                  Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                  HexFormat.of().formatHex(secret))) {
            assertFalse(
                text.contains(encoding.substring(0, 24)), name + " holds a secret, encoded");
          }
        }
      }
    }
  }

  private Map<SigningSharePairId, PairStatus> statuses(WalletId wallet) {
    return tandem
        .listSigningSharePairs()
        .listSigningSharePairs(new ListSigningSharePairsCommand(wallet))
        .pairs()
        .stream()
        .collect(
            Collectors.toMap(SigningSharePairSummary::pairId, SigningSharePairSummary::status));
  }

  private JsonNode liveDocument(String name) throws Exception {
    List<Long> generations = server.generations(name);
    return document(name, generations.get(generations.size() - 1));
  }

  private JsonNode document(String name, long generation) throws Exception {
    return JSON.readTree(text(name, generation));
  }

  private String text(String name, long generation) {
    return new String(server.content(name, generation).orElseThrow(), StandardCharsets.UTF_8);
  }

  private static boolean containsBytes(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] keccak256(byte[]... parts) {
    KeccakDigest digest = new KeccakDigest(256);
    for (byte[] part : parts) {
      digest.update(part, 0, part.length);
    }
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
