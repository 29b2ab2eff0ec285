package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.ListSigningSharePairsCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.NotFoundException;
import dev.tandem.domain.error.PairUnusableException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.ClientSigningShare;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Unknown ids and unusable pairs get their own codes, across the channel, as the same exception
 * types an embedded caller would see.
 */
class NotFoundE2eTest {
  private final EmbeddedTandem tandem = SharedTandem.TANDEM;

  @Test
  void anUnknownWalletOrPair_isNotFound_forTheCustodiansOwnUseCases() {
    CreateWalletResult wallet = SharedTandem.main().wallet();
    WalletId unknownWallet = WalletId.of("no-such-wallet");
    SigningSharePairId unknownPair = SigningSharePairId.of("no-such-pair");
    NotFoundException e =
        assertInstanceOf(
            NotFoundException.class,
            assertFailsWith(
                ErrorCode.WALLET_NOT_FOUND,
                () ->
                    tandem.listPairs.listSigningSharePairs(
                        new ListSigningSharePairsCommand(unknownWallet))));
    assertTrue(e.getMessage().contains("no-such-wallet"));
    assertFailsWith(
        ErrorCode.WALLET_NOT_FOUND,
        () ->
            tandem.revoke.revokeSigningSharePair(
                new RevokeSigningSharePairCommand(unknownWallet, wallet.pairId())));
    assertFailsWith(
        ErrorCode.PAIR_NOT_FOUND,
        () ->
            tandem.revoke.revokeSigningSharePair(
                new RevokeSigningSharePairCommand(wallet.walletId(), unknownPair)));
  }

  @Test
  void aMissingBackupKey_isEncryptionKeyNotFound() {
    CreateWalletResult wallet = SharedTandem.main().wallet();
    EncryptedClientBackup underAMissingKey =
        tandem.cipher.encrypt(
            wallet.walletId(),
            SharedTandem.main().backup().backup().backupPairId(),
            BackupKeyId.of("no-such-key"),
            BackupEncryptionKey.generate(tandem.random),
            new byte[] {1, 2, 3});
    assertFailsWith(
        ErrorCode.ENCRYPTION_KEY_NOT_FOUND,
        () -> tandem.provision(wallet.walletId(), underAMissingKey, null));
  }

  /**
   * A genuine client share the custodian does not (or no longer) know: first a pair that was never
   * confirmed, then its wallet unknown to the custodian, then a wallet created afresh under the
   * same id, in which the old pair does not exist.
   */
  @Test
  void sharesTheCustodianDoesNotKnow_areRefusedWithTheMatchingCode() {
    WalletId walletId = WalletId.random();
    AtomicReference<ClientSigningShare> kept = new AtomicReference<>();
    SigningShareSink failingSink =
        share -> {
          kept.set(EmbeddedTandem.copyOf(share));
          throw new IllegalStateException("the keychain is full (test)");
        };
    assertThrows(
        IllegalStateException.class,
        () ->
            tandem.createWallet.createWallet(
                new CreateWalletCommand(IdempotencyKey.random(), walletId, null), failingSink));
    ClientSigningShare share = kept.get();

    // Never confirmed: INCOMPLETE, never signs, never backs up.
    assertEquals(PairStatus.INCOMPLETE, tandem.pairs(walletId).get(0).status());
    assertInstanceOf(
        PairUnusableException.class,
        assertFailsWith(ErrorCode.PAIR_INCOMPLETE, () -> tandem.sign(share, "x")));
    assertFailsWith(ErrorCode.PAIR_INCOMPLETE, () -> tandem.backup(share));

    // A custodian that has no record of the wallet at all (the record removed behind its back).
    tandem.signingShares.delete(walletId, share.pairId());
    assertFailsWith(ErrorCode.WALLET_NOT_FOUND, () -> tandem.sign(share, "x"));
    assertFailsWith(ErrorCode.WALLET_NOT_FOUND, () -> tandem.backup(share));

    // The wallet id created afresh: the old pair is not one of its pairs.
    tandem.createWallet.createWallet(
        new CreateWalletCommand(IdempotencyKey.random(), walletId, null), SigningShareSink.NONE);
    assertFailsWith(ErrorCode.PAIR_NOT_FOUND, () -> tandem.sign(share, "x"));
    assertFailsWith(ErrorCode.PAIR_NOT_FOUND, () -> tandem.backup(share));
  }
}
