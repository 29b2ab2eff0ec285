package dev.tandem.adapter.inmemory.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ListSigningSharePairsCommand;
import dev.tandem.application.port.in.SignMessageCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SignPayload;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.domain.ethereum.Eip191;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.PublicKey;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.SignatureVerifierPort;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.mpc.EngineSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The embedded component as a caller sees it: built from its configuration alone, it creates a
 * wallet, signs with it through the loopback channel, and its own verifier (Bouncy Castle, not the
 * engine) accepts the signature for the wallet's address.
 */
class InMemoryTandemComponentTest {

  @Test
  void createdWalletSigns_andTheSignatureRecoversToItsAddress() {
    InMemoryTandemComponent tandem = InMemoryTandemComponent.create(InMemoryTandemConfig.defaults());

    CreateWalletResult wallet =
        tandem
            .createWallet()
            .createWallet(
                CreateWalletCommand.of(IdempotencyKey.random(), "test device"),
                share -> {});
    ClientSigningShare share = wallet.share();
    try {
      String text = "signed through the embedded component";
      SignMessageResult signed =
          tandem
              .signMessage()
              .signMessage(new SignMessageCommand(share, new SignPayload.PersonalText(text)));

      MessageHash expectedDigest = MessageHash.of(Eip191.personalMessageDigest(text));
      assertEquals(expectedDigest, signed.hash());
      SignatureVerifierPort verifier = tandem.signatureVerifier();
      assertTrue(verifier.verifies(wallet.publicKey(), expectedDigest, signed.signature()));
      PublicKey recovered = verifier.recover(expectedDigest, signed.signature());
      assertEquals(wallet.publicKey(), recovered);
      assertEquals(wallet.address(), recovered.ethereumAddress());
      assertEquals(wallet.address(), signed.address());

      // The custodian side of the same component sees the pair the client created.
      List<SigningSharePairSummary> pairs =
          tandem
              .listSigningSharePairs()
              .listSigningSharePairs(new ListSigningSharePairsCommand(wallet.walletId()))
              .pairs();
      assertEquals(1, pairs.size());
      assertEquals(wallet.pairId(), pairs.get(0).pairId());
      assertEquals(PairStatus.COMPLETED, pairs.get(0).status());
      assertEquals("test device", pairs.get(0).deviceLabel());
    } finally {
      share.destroy();
    }
  }

  @Test
  void bindingsAreSingletonsPerComponent() {
    InMemoryTandemComponent tandem = InMemoryTandemComponent.create(InMemoryTandemConfig.defaults());

    assertSame(tandem.cosign(), tandem.cosign());
    assertSame(tandem.createWallet(), tandem.createWallet());
    assertSame(tandem.shareCodec(), tandem.shareCodec());
    assertSame(tandem.signatureVerifier(), tandem.signatureVerifier());
  }

  @Test
  void config_rejectsWhatTheEngineAndCustodianWouldRefuse() {
    InMemoryTandemConfig defaults = InMemoryTandemConfig.defaults();
    assertEquals(EngineSettings.DEFAULT_PAILLIER_MODULUS_BITS, defaults.paillierModulusBits());
    assertEquals(CosignSettings.DEFAULT.sessionTimeout(), defaults.sessionTimeout());
    assertEquals(
        EngineSettings.LARGE_PAILLIER_MODULUS_BITS,
        defaults.withPaillierModulusBits(3072).paillierModulusBits());

    assertThrows(IllegalArgumentException.class, () -> defaults.withPaillierModulusBits(1024));
    assertThrows(IllegalArgumentException.class, () -> defaults.withSessionTimeout(Duration.ZERO));
    assertThrows(NullPointerException.class, () -> defaults.withClock((Clock) null));
    assertThrows(NullPointerException.class, () -> defaults.withRandom((SecureRandom) null));
    assertThrows(IllegalArgumentException.class, () -> defaults.withMaxLivePairsPerWallet(0));
    assertThrows(
        IllegalArgumentException.class, () -> defaults.withAllowedClockSkew(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> defaults.withAllowedClockSkew(null));
  }

  @Test
  void sessionRegistryWindow_isTheSessionTimeout_withTheConfiguredSkew() {
    InMemoryTandemConfig defaults = InMemoryTandemConfig.defaults();
    assertEquals(
        new SessionWindow(CosignSettings.DEFAULT.sessionTimeout(), Duration.ofMinutes(1)),
        defaults.sessionWindow());
    assertEquals(
        new SessionWindow(Duration.ofMinutes(2), Duration.ofSeconds(5)),
        defaults
            .withSessionTimeout(Duration.ofMinutes(2))
            .withAllowedClockSkew(Duration.ofSeconds(5))
            .sessionWindow());
  }

  @Test
  void aComponentOnAFixedClock_signs_becauseClientAndRegistryReadTheSameClock() {
    Clock stopped = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
    InMemoryTandemComponent tandem =
        InMemoryTandemComponent.create(InMemoryTandemConfig.defaults().withClock(stopped));

    CreateWalletResult wallet =
        tandem
            .createWallet()
            .createWallet(CreateWalletCommand.of(IdempotencyKey.random(), "device"), share -> {});
    SignMessageResult signed =
        tandem
            .signMessage()
            .signMessage(
                new SignMessageCommand(wallet.share(), new SignPayload.PersonalText("at a stop")));

    assertTrue(
        tandem.signatureVerifier().verifies(wallet.publicKey(), signed.hash(), signed.signature()));
  }

  @Test
  void config_setsTheLimitOfLivePairsPerWallet() {
    InMemoryTandemConfig defaults = InMemoryTandemConfig.defaults();
    assertEquals(CosignSettings.DEFAULT, defaults.cosignSettings());
    assertEquals(
        CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET,
        defaults.cosignSettings().maxLivePairsPerWallet());
    assertEquals(3, defaults.withMaxLivePairsPerWallet(3).cosignSettings().maxLivePairsPerWallet());
    assertEquals(
        3,
        defaults
            .withMaxLivePairsPerWallet(3)
            .withSessionTimeout(Duration.ofMinutes(1))
            .maxLivePairsPerWallet());
  }
}
