package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.IndependentEthereum.assertSignedBy;
import static dev.tandem.adapter.inmemory.e2e.IndependentEthereum.personalDigest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.inmemory.wiring.InMemoryClientComponent;
import dev.tandem.adapter.inmemory.wiring.InMemoryCustodianComponent;
import dev.tandem.adapter.inmemory.wiring.InMemoryTandemConfig;
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
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.wiring.LoopbackCosignerChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The two roles as separate components, as a device and a backend run them: an {@link
 * InMemoryClientComponent} created with a channel that hands each request to the {@code cosign()}
 * endpoint of a separately created {@link InMemoryCustodianComponent}, and nothing else shared. The
 * client creates a wallet, backs it up and provisions a second device from the backup; both pairs
 * sign for the same address (checked with Bouncy Castle alone); the custodian sees both pairs, and
 * once it revokes the first, that pair is refused while the second still signs.
 */
class RoleComponentsE2eTest {
  private final InMemoryTandemConfig config = InMemoryTandemConfig.defaults();
  private final InMemoryCustodianComponent custodian = InMemoryCustodianComponent.create(config);
  private final AtomicInteger exchanges = new AtomicInteger();
  private final CosignerChannelPort loopback = new LoopbackCosignerChannel(custodian.cosign());
  private final InMemoryClientComponent client =
      InMemoryClientComponent.create(
          config,
          (sessionId, request) -> {
            exchanges.incrementAndGet();
            return loopback.exchange(sessionId, request);
          });

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
    assertSigned(created, sign(created.share(), "from the phone"), "from the phone");

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
    assertSigned(created, fromTablet, "from the tablet");
    assertEquals(created.address(), fromTablet.address());
    assertEquals(
        Map.of(phone, PairStatus.COMPLETED, tablet.pairId(), PairStatus.COMPLETED),
        statuses(wallet));

    custodian
        .revokeSigningSharePair()
        .revokeSigningSharePair(new RevokeSigningSharePairCommand(wallet, phone));
    TandemException refused =
        assertThrows(TandemException.class, () -> sign(created.share(), "after revocation"));
    assertEquals(ErrorCode.PAIR_REVOKED, refused.code());
    assertSigned(created, sign(tablet.share(), "tablet after revocation"), "tablet after revocation");
  }

  private SignMessageResult sign(ClientSigningShare share, String text) {
    return client
        .signMessage()
        .signMessage(new SignMessageCommand(share, new SignPayload.PersonalText(text)));
  }

  /** The EIP-191 digest of {@code text}, signed by the wallet's key, by Bouncy Castle alone. */
  private static void assertSigned(CreateWalletResult wallet, SignMessageResult result, String text) {
    assertArrayEquals(
        personalDigest(text.getBytes(StandardCharsets.UTF_8)), result.hash().bytes());
    assertSignedBy(wallet.publicKey(), result.hash(), result.signature());
    assertEquals(wallet.address(), result.address());
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
}
