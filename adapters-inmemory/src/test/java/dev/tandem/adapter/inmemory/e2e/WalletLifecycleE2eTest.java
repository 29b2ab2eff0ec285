package dev.tandem.adapter.inmemory.e2e;

import static dev.tandem.adapter.inmemory.e2e.EmbeddedTandem.assertFailsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.BackupWalletCommand;
import dev.tandem.application.port.in.BackupWalletResult;
import dev.tandem.application.port.in.CreateWalletCommand;
import dev.tandem.application.port.in.CreateWalletResult;
import dev.tandem.application.port.in.EjectWalletCommand;
import dev.tandem.application.port.in.EjectWalletResult;
import dev.tandem.application.port.in.ProvisionWalletCommand;
import dev.tandem.application.port.in.ProvisionWalletResult;
import dev.tandem.application.port.in.RecoverWalletCommand;
import dev.tandem.application.port.in.RecoverWalletResult;
import dev.tandem.application.port.in.RevokeSigningSharePairCommand;
import dev.tandem.application.port.in.RevokeSigningSharePairResult;
import dev.tandem.application.port.in.RotateBackupKeyCommand;
import dev.tandem.application.port.in.RotateBackupKeyResult;
import dev.tandem.application.port.in.SignMessageResult;
import dev.tandem.application.port.in.SigningSharePairSummary;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.model.IdempotencyKey;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.AuditEvent;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.port.Versioned;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The life of one wallet, end to end on the real engine: create, sign, back up, provision a second
 * device, sign with both, revoke the first, recover, rotate the backup key, eject. Each step checks
 * the custodian's records and the signatures independently.
 */
class WalletLifecycleE2eTest {
  private final EmbeddedTandem tandem = new EmbeddedTandem();

  @Test
  void aWalletLivesFromCreationToEject() {
    // Create: the first pair is COMPLETED once the client has stored its share.
    List<String> pairStatusWhenSinkRan = new ArrayList<>();
    CreateWalletResult created =
        tandem.createWallet.createWallet(
            new CreateWalletCommand(IdempotencyKey.random(), WalletId.of("alice"), "phone"),
            share -> pairStatusWhenSinkRan.add(statusOf(share.walletId(), share.pairId())));
    WalletId wallet = created.walletId();
    SigningSharePairId phone = created.pairId();
    assertEquals(List.of("INCOMPLETE"), pairStatusWhenSinkRan, "stored before confirmed");
    assertEquals(Map.of(phone, PairStatus.COMPLETED), statuses(wallet));
    IndependentEthereum.assertAddressOf(created.publicKey(), created.address());

    // Sign: the signature verifies with Bouncy Castle and recovers to the address.
    SignMessageResult first = tandem.sign(created.share(), "first message");
    IndependentEthereum.assertSignedBy(created.publicKey(), first.hash(), first.signature());
    assertEquals(created.address(), first.address());

    // Back up: progress in order, backup COMPLETED, key in the user's key storage.
    ProgressRecorder backupProgress = new ProgressRecorder();
    BackupWalletResult backup =
        tandem.backupWallet.backupWallet(
            new BackupWalletCommand(IdempotencyKey.random(), created.share()), backupProgress);
    assertEquals(
        List.of("GENERATING_SHARE", "ENCRYPTING_SHARE", "STORING_SHARE", "DONE(done)"),
        backupProgress.reports());
    EncryptedClientBackup ciphertext = backup.backup();
    assertEquals(wallet, ciphertext.walletId());
    assertEquals(PairStatus.COMPLETED, backupRecord(wallet).status());
    assertEquals(List.of(ciphertext.keyId()), tandem.keyStorage.list(wallet));

    // Provision a tablet from the backup: the status sequence exactly as documented.
    ProgressRecorder provisionProgress = new ProgressRecorder();
    ProvisionWalletResult tablet =
        tandem.provisionWallet.provisionWallet(
            new ProvisionWalletCommand(IdempotencyKey.random(), wallet, ciphertext, "tablet"),
            share -> pairStatusWhenSinkRan.add(statusOf(wallet, share.pairId())),
            provisionProgress);
    assertEquals(
        List.of(
            "READING_SHARE",
            "DECRYPTING_SHARE",
            "PARSING_SHARE",
            "GENERATING_SHARE",
            "STORING_SHARE",
            "DONE(done)"),
        provisionProgress.reports());
    assertEquals(List.of("INCOMPLETE", "INCOMPLETE"), pairStatusWhenSinkRan);
    assertNotEquals(phone, tablet.pairId());
    assertEquals(created.publicKey(), tablet.publicKey());

    // Both pairs sign, for the same address.
    SignMessageResult fromPhone = tandem.sign(created.share(), "from the phone");
    SignMessageResult fromTablet = tandem.sign(tablet.share(), "from the tablet");
    IndependentEthereum.assertSignedBy(
        created.publicKey(), fromPhone.hash(), fromPhone.signature());
    IndependentEthereum.assertSignedBy(
        created.publicKey(), fromTablet.hash(), fromTablet.signature());
    assertEquals(fromPhone.address(), fromTablet.address());

    List<SigningSharePairSummary> listed = tandem.pairs(wallet);
    assertEquals(
        List.of(phone, tablet.pairId()),
        listed.stream().map(SigningSharePairSummary::pairId).toList());
    assertEquals("phone", listed.get(0).deviceLabel());
    assertEquals("tablet", listed.get(1).deviceLabel());
    assertTrue(listed.get(0).createdAt().isBefore(listed.get(1).createdAt()));

    // Revoke the phone: it can never sign again; the tablet still can. Revoking twice is harmless.
    RevokeSigningSharePairResult revoked =
        tandem.revoke.revokeSigningSharePair(new RevokeSigningSharePairCommand(wallet, phone));
    assertEquals(PairStatus.COMPLETED, revoked.previousStatus());
    assertEquals(PairStatus.REVOKED, revoked.status());
    assertFalse(
        tandem
            .revoke
            .revokeSigningSharePair(new RevokeSigningSharePairCommand(wallet, phone))
            .changed());
    assertFailsWith(ErrorCode.PAIR_REVOKED, () -> tandem.sign(created.share(), "after revocation"));
    assertTrue(
        tandem.signingShares.find(wallet, phone).orElseThrow().value().share().isEmpty(),
        "the custodian share of a revoked pair is gone");
    SignMessageResult stillSigns = tandem.sign(tablet.share(), "tablet after revocation");
    IndependentEthereum.assertSignedBy(
        created.publicKey(), stillSigns.hash(), stillSigns.signature());

    // Rotate the backup key: the new ciphertext opens, the old key is gone.
    RotateBackupKeyResult rotated =
        tandem.rotateBackupKey.rotateBackupKey(
            new RotateBackupKeyCommand(IdempotencyKey.random(), wallet, ciphertext));
    assertTrue(rotated.previousKeyDeleted());
    assertNotEquals(ciphertext.keyId(), rotated.backup().keyId());
    assertEquals(ciphertext.backupPairId(), rotated.backup().backupPairId());
    assertEquals(rotated.backup().keyId(), backupRecord(wallet).keyId());
    assertEquals(List.of(rotated.backup().keyId()), tandem.keyStorage.list(wallet));
    assertFailsWith(
        ErrorCode.ENCRYPTION_KEY_NOT_FOUND,
        () -> tandem.provision(wallet, ciphertext, "with the old ciphertext"));

    // Recover (the tablet is lost): a new pair, every other pair revoked, progress as documented.
    ProgressRecorder recoverProgress = new ProgressRecorder();
    RecoverWalletResult recovered =
        tandem.recoverWallet.recoverWallet(
            new RecoverWalletCommand(
                IdempotencyKey.random(), wallet, rotated.backup(), "new phone"),
            share -> {},
            recoverProgress);
    assertEquals(
        List.of(
            "RECOVERING_BACKUP_SHARE",
            "READING_SHARE",
            "DECRYPTING_SHARE",
            "PARSING_SHARE",
            "RECOVERING_SIGNING_SHARE",
            "GENERATING_SHARE",
            "STORING_SHARE",
            "DONE(done)"),
        recoverProgress.reports());
    assertEquals(List.of(tablet.pairId()), recovered.revokedPairIds());
    assertEquals(
        Map.of(
            phone,
            PairStatus.REVOKED,
            tablet.pairId(),
            PairStatus.REVOKED,
            recovered.pairId(),
            PairStatus.COMPLETED),
        statuses(wallet));
    assertFailsWith(ErrorCode.PAIR_REVOKED, () -> tandem.sign(tablet.share(), "lost tablet"));
    SignMessageResult afterRecovery = tandem.sign(recovered.share(), "recovered");
    IndependentEthereum.assertSignedBy(
        created.publicKey(), afterRecovery.hash(), afterRecovery.signature());

    // Eject: the whole key, matching the wallet's public key, audited without the key.
    EjectWalletResult ejected =
        tandem.eject.ejectWallet(new EjectWalletCommand(wallet, rotated.backup()));
    byte[] scalar = ejected.privateKey().scalar().revealCopy();
    IndependentEthereum.assertPrivateKeyOf(created.publicKey(), scalar);
    assertEquals(created.address(), ejected.address());
    assertFalse(ejected.toString().contains(HexFormat.of().formatHex(scalar)), ejected.toString());
    ejected.destroy();
    assertTrue(ejected.privateKey().scalar().isDestroyed());

    List<AuditEvent.Type> audited =
        tandem.auditLog.events().stream().map(AuditEvent::type).collect(Collectors.toList());
    assertEquals(
        List.of(
            AuditEvent.Type.PAIR_REVOKED,
            AuditEvent.Type.PAIR_REVOKED,
            AuditEvent.Type.PRIVATE_KEY_EXPORTED),
        audited);
    AuditEvent export = tandem.auditLog.events().get(2);
    assertEquals(wallet, export.walletId());
    assertEquals(ciphertext.backupPairId(), export.pairId());
  }

  private String statusOf(WalletId wallet, SigningSharePairId pair) {
    return tandem.signingShares.find(wallet, pair).orElseThrow().value().status().toString();
  }

  private Map<SigningSharePairId, PairStatus> statuses(WalletId wallet) {
    return tandem.pairs(wallet).stream()
        .collect(
            Collectors.toMap(SigningSharePairSummary::pairId, SigningSharePairSummary::status));
  }

  private CustodianBackupShareRecord backupRecord(WalletId wallet) {
    List<Versioned<CustodianBackupShareRecord>> records = tandem.backupShares.listByWallet(wallet);
    assertEquals(1, records.size(), "one current backup");
    return records.get(0).value();
  }
}
