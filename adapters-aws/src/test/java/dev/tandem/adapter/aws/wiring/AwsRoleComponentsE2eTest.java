package dev.tandem.adapter.aws.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.wiring.LoopbackCosignerChannel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two roles on AWS as separate components, against the local S3 and KMS servers: an {@link
 * AwsClientComponent} created with a channel that hands each request to the {@code cosign()}
 * endpoint of a separately created {@link AwsCustodianComponent} on the same bucket and prefix. The
 * client creates a wallet, backs it up (its backup key in the bucket) and provisions a second
 * device from the backup; both pairs sign for the same address (checked with Bouncy Castle alone);
 * the custodian sees both pairs, and once it revokes the first, only the second still signs.
 */
class AwsRoleComponentsE2eTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final X9ECParameters SECP256K1 = CustomNamedCurves.getByName("secp256k1");

  private final AwsTandemConfig config =
      AWS.configBuilder(AWS.newBucket(true), AWS.kmsKeyId()).keyPrefix("roles/tandem").build();
  private final AwsCustodianTestComponent custodian =
      DaggerAwsCustodianTestComponent.factory().create(config);
  private final AtomicInteger exchanges = new AtomicInteger();
  private final CosignerChannelPort loopback = new LoopbackCosignerChannel(custodian.cosign());
  private final AwsClientTestComponent client =
      DaggerAwsClientTestComponent.factory()
          .create(
              config,
              (sessionId, request) -> {
                exchanges.incrementAndGet();
                return loopback.exchange(sessionId, request);
              });

  @AfterEach
  void closeClients() {
    custodian.s3().close();
    custodian.kms().close();
    client.s3().close();
    client.kms().close();
  }

  @Test
  void testComponents_differFromTheProductionComponentsOnlyInTheirCredentials() {
    assertSameModulesButCredentials(AwsCustodianComponent.class, AwsCustodianTestComponent.class);
    assertSameModulesButCredentials(AwsClientComponent.class, AwsClientTestComponent.class);
  }

  @Test
  void productionComponents_buildTheirWholeGraphs_withTheDefaultCredentialsChain() {
    // Building resolves no credential and calls no server.
    AwsCustodianComponent backend = AwsCustodianComponent.create(config);
    AwsClientComponent device =
        AwsClientComponent.create(config, new LoopbackCosignerChannel(backend.cosign()));

    assertNotNull(backend.cosign());
    assertNotNull(backend.ejectWallet());
    assertNotNull(device.createWallet());
    assertNotNull(device.rotateBackupKey());
    assertNotNull(device.signatureVerifier());
  }

  @Test
  void clientComponent_createsBacksUpProvisionsAndSigns_throughTheCustodianComponent() {
    CreateWalletResult created =
        client
            .createWallet()
            .createWallet(
                CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
    WalletId wallet = created.walletId();
    SigningSharePairId phone = created.pairId();
    assertTrue(exchanges.get() > 0, "keygen went through the channel");
    assertSignedBy(created.publicKey(), sign(created.share(), "from the phone"));

    EncryptedClientBackup backup =
        client
            .backupWallet()
            .backupWallet(
                new BackupWalletCommand(IdempotencyKey.random(), created.share()),
                ProgressListener.IGNORE)
            .backup();
    assertEquals(wallet, backup.walletId());

    ProvisionWalletResult tablet =
        client
            .provisionWallet()
            .provisionWallet(
                new ProvisionWalletCommand(IdempotencyKey.random(), wallet, backup, "tablet"),
                SigningShareSink.NONE,
                ProgressListener.IGNORE);
    assertNotEquals(phone, tablet.pairId());
    assertEquals(created.publicKey(), tablet.publicKey());
    SignMessageResult fromTablet = sign(tablet.share(), "from the tablet");
    assertSignedBy(created.publicKey(), fromTablet);
    assertEquals(created.address(), fromTablet.address());
    assertEquals(
        Map.of(phone, PairStatus.COMPLETED, tablet.pairId(), PairStatus.COMPLETED),
        statuses(wallet));

    custodian
        .revokeSigningSharePair()
        .revokeSigningSharePair(new RevokeSigningSharePairCommand(wallet, phone));
    TandemException refused =
        assertThrows(TandemException.class, () -> sign(created.share(), "after revocation"));
    assertEquals(ErrorCode.PAIR_REVOKED, refused.code(), refused.getMessage());
    assertSignedBy(created.publicKey(), sign(tablet.share(), "tablet after revocation"));
  }

  private SignMessageResult sign(ClientSigningShare share, String text) {
    return client
        .signMessage()
        .signMessage(new SignMessageCommand(share, new SignPayload.PersonalText(text)));
  }

  /** Bouncy Castle's ECDSA verifier alone accepts the signature under the wallet's key. */
  private static void assertSignedBy(PublicKey key, SignMessageResult result) {
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

  private Map<SigningSharePairId, PairStatus> statuses(WalletId wallet) {
    Map<SigningSharePairId, PairStatus> statuses = new LinkedHashMap<>();
    for (SigningSharePairSummary pair :
        custodian
            .listSigningSharePairs()
            .listSigningSharePairs(new ListSigningSharePairsCommand(wallet))
            .pairs()) {
      statuses.put(pair.pairId(), pair.status());
    }
    return statuses;
  }

  private static void assertSameModulesButCredentials(Class<?> production, Class<?> test) {
    List<Class<?>> expected =
        new ArrayList<>(Arrays.asList(production.getAnnotation(Component.class).modules()));
    expected.replaceAll(
        module -> module == AwsCredentialsModule.class ? StaticCredentialsTestModule.class : module);
    assertEquals(expected, Arrays.asList(test.getAnnotation(Component.class).modules()));
  }
}
