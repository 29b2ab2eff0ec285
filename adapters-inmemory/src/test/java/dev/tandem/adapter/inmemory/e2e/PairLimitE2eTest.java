package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.custodian.CosignSettings;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.RecoverWalletCommand;
import dev.tandem.application.port.in.RecoverWalletResult;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.application.wire.CosignReply;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.CosignWire;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.PairLimitReachedException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ProgressListener;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A wallet has at most {@link CosignSettings#maxLivePairsPerWallet()} live signing pairs
 * (incomplete or completed), so one backup cannot mint pairs without limit; recovery is never
 * refused for it.
 */
class PairLimitE2eTest {

  /** A client sink that fails: the custodian's new pair stays INCOMPLETE, never confirmed. */
  private static final SigningShareSink FAILING_SINK =
      share -> {
        throw new StorageUnavailableException("the device's keychain did not answer (test)", null);
      };

  @Test
  void theEleventhLivePair_isRefused_aRevocationFreesASlot_andRecoveryWorksAtTheLimit() {
    EmbeddedTandem tandem = new EmbeddedTandem();
    CreateWalletResult wallet = tandem.create("device 1");
    WalletId walletId = wallet.walletId();
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    for (int device = 2; device <= CosignSettings.DEFAULT_MAX_LIVE_PAIRS_PER_WALLET; device++) {
      tandem.provision(walletId, backup, "device " + device);
    }
    assertEquals(10, livePairs(tandem, walletId));

    TandemException refused =
        assertFailsWith(
            ErrorCode.PAIR_LIMIT_REACHED, () -> tandem.provision(walletId, backup, "device 11"));
    assertInstanceOf(PairLimitReachedException.class, refused);
    assertTrue(refused.getMessage().contains("10 live signing pairs"), refused.getMessage());
    assertTrue(refused.getMessage().contains("revoke a pair to free a slot"), refused.getMessage());
    assertEquals(10, tandem.pairs(walletId).size(), "nothing was stored");

    // Revoking a pair frees a slot.
    tandem.revoke.revokeSigningSharePair(
        new RevokeSigningSharePairCommand(walletId, wallet.pairId()));
    ProvisionWalletResult eleventh = tandem.provision(walletId, backup, "device 11");
    assertEquals(10, livePairs(tandem, walletId));
    assertFailsWith(
        ErrorCode.PAIR_LIMIT_REACHED, () -> tandem.provision(walletId, backup, "device 12"));

    // At the limit, a user who lost every device still recovers: one live pair is left.
    RecoverWalletResult recovered = tandem.recover(walletId, backup, "new phone");
    assertEquals(Map.of(recovered.pairId(), PairStatus.COMPLETED), live(tandem, walletId));
    assertEquals(10, recovered.revokedPairIds().size(), "every other live pair");
    assertTrue(recovered.revokedPairIds().contains(eleventh.pairId()));
    SignMessageResult signed = tandem.sign(recovered.share(), "after recovery");
    IndependentEthereum.assertSignedBy(wallet.publicKey(), signed.hash(), signed.signature());
    tandem.provision(walletId, backup, "a new tablet");
  }

  @Test
  void theLimitIsConfigurable_andCountsPairsNeverConfirmed() {
    EmbeddedTandem tandem =
        new EmbeddedTandem(
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT).withMaxLivePairsPerWallet(2));
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();

    assertFailsWith(
        ErrorCode.STORAGE_UNAVAILABLE,
        () -> provision(tandem, wallet.walletId(), backup, FAILING_SINK));
    assertEquals(List.of(PairStatus.COMPLETED, PairStatus.INCOMPLETE), statuses(tandem, wallet));

    TandemException refused =
        assertFailsWith(
            ErrorCode.PAIR_LIMIT_REACHED,
            () -> tandem.provision(wallet.walletId(), backup, "tablet"));
    assertTrue(refused.getMessage().contains("2 live signing pairs"), refused.getMessage());
  }

  @Test
  void recoveriesThatNeverConfirm_doNotPileUpPairs_andTheNextRecoveryLeavesOne() {
    EmbeddedTandem tandem =
        new EmbeddedTandem(
            new CosignSettings(EmbeddedTandem.SESSION_TIMEOUT).withMaxLivePairsPerWallet(2));
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    tandem.provision(wallet.walletId(), backup, "tablet");

    for (int attempt = 0; attempt < 3; attempt++) {
      assertFailsWith(
          ErrorCode.STORAGE_UNAVAILABLE,
          () -> recover(tandem, wallet.walletId(), backup, FAILING_SINK));
      // At most one pair over the limit: the previous attempt's leftover was revoked first.
      assertEquals(3, livePairs(tandem, wallet.walletId()), statuses(tandem, wallet).toString());
    }

    RecoverWalletResult recovered =
        recover(tandem, wallet.walletId(), backup, SigningShareSink.NONE);
    assertEquals(Map.of(recovered.pairId(), PairStatus.COMPLETED), live(tandem, wallet.walletId()));
  }

  @Test
  void aRecoveryWhoseClientStopsAfterConfirming_hasRevokedTheOtherPairsAlready() {
    EmbeddedTandem tandem =
        new EmbeddedTandem(
            UnaryOperator.identity(),
            channel ->
                (sessionId, request) -> {
                  if (CosignWire.decodeRequest(request) instanceof CosignRequest.RevokeOtherPairs) {
                    // The client stops here; it pretends the custodian answered.
                    return CosignWire.encodeReply(CosignReply.Acknowledgement.EMPTY);
                  }
                  return channel.exchange(sessionId, request);
                });
    CreateWalletResult wallet = tandem.create("phone");
    EncryptedClientBackup backup = tandem.backup(wallet.share()).backup();
    tandem.provision(wallet.walletId(), backup, "tablet");

    RecoverWalletResult recovered = tandem.recover(wallet.walletId(), backup, "new phone");

    assertEquals(Map.of(recovered.pairId(), PairStatus.COMPLETED), live(tandem, wallet.walletId()));
  }

  private static ProvisionWalletResult provision(
      EmbeddedTandem tandem,
      WalletId walletId,
      EncryptedClientBackup backup,
      SigningShareSink sink) {
    return tandem.provisionWallet.provisionWallet(
        new ProvisionWalletCommand(IdempotencyKey.random(), walletId, backup, "tablet"),
        sink,
        ProgressListener.IGNORE);
  }

  private static RecoverWalletResult recover(
      EmbeddedTandem tandem,
      WalletId walletId,
      EncryptedClientBackup backup,
      SigningShareSink sink) {
    return tandem.recoverWallet.recoverWallet(
        new RecoverWalletCommand(IdempotencyKey.random(), walletId, backup, "new phone"),
        sink,
        ProgressListener.IGNORE);
  }

  private static List<PairStatus> statuses(EmbeddedTandem tandem, CreateWalletResult wallet) {
    return tandem.pairs(wallet.walletId()).stream().map(SigningSharePairSummary::status).toList();
  }

  private static Map<SigningSharePairId, PairStatus> live(
      EmbeddedTandem tandem, WalletId walletId) {
    return tandem.pairs(walletId).stream()
        .filter(
            pair -> pair.status() == PairStatus.INCOMPLETE || pair.status() == PairStatus.COMPLETED)
        .collect(
            Collectors.toMap(SigningSharePairSummary::pairId, SigningSharePairSummary::status));
  }

  private static long livePairs(EmbeddedTandem tandem, WalletId walletId) {
    return live(tandem, walletId).size();
  }
}
