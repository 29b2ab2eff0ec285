package dev.tandem.mpc.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.error.WalletFrozenException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.ExportedPrivateKey;
import dev.tandem.domain.secret.SecretBytes;
import dev.tandem.mpc.EngineSettings;
import dev.tandem.mpc.TwoPartyEcdsaClientEngine;
import dev.tandem.mpc.TwoPartyEcdsaCustodianEngine;
import dev.tandem.mpc.WindowedSessionRegistry;
import dev.tandem.mpc.TwoPartyEcdsaKeyExport;
import dev.tandem.mpc.internal.curve.Secp256k1;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No share, nonce, prime or other secret appears in any {@code toString} or exception message:
 * shares, share material, state machines in every state, messages that carry openings, engines,
 * sessions, settings, exported keys, and the errors of aborted and refused runs: a secret is
 * seen only through an explicitly named accessor, never in a log line or an error report.
 */
class ProtocolSecretRedactionTest {

  private static final Pattern LONG_NUMBER = Pattern.compile("[0-9a-fA-F]{32,}");

  private final EngineSettings settings =
      new EngineSettings(ProtocolFixtures.RANDOM, ProtocolFixtures.EXECUTOR);
  private final TwoPartyEcdsaClientEngine client = new TwoPartyEcdsaClientEngine(settings);
  private final TwoPartyEcdsaCustodianEngine custodian =
      new TwoPartyEcdsaCustodianEngine(settings, WindowedSessionRegistry.onSystemClock());

  @Test
  void noSecretInAnyToStringOrErrorMessage() throws Exception {
    List<Object> shown = new ArrayList<>();
    // Objects whose text shows public keys or hashes: checked for the secrets only.
    List<Object> shownWithPublicKeys = new ArrayList<>();
    List<String> secrets = new ArrayList<>();

    WalletId wallet = WalletId.random();
    SigningSharePairId pair = SigningSharePairId.random();
    CustodianSession<CustodianSigningShare> keygen = custodian.beginGenerate(wallet, pair);
    shown.add(keygen);
    ClientSigningShare clientShare = client.generate(wallet, pair, keygen::respond);
    CustodianSigningShare custodianShare = keygen.result();
    shown.add(keygen);
    shownWithPublicKeys.add(clientShare);
    shownWithPublicKeys.add(custodianShare);
    shown.add(clientShare.material());
    shown.add(client);
    shown.add(custodian);
    shown.add(settings);

    ClientShareMaterial clientMaterial =
        ClientShareMaterial.decode(clientShare.material().revealCopy());
    CustodianShareMaterial custodianMaterial =
        CustodianShareMaterial.decode(custodianShare.material().revealCopy());
    shown.add(clientMaterial);
    shown.add(custodianMaterial);
    addScalar(secrets, clientMaterial.secretX2());
    addScalar(secrets, custodianMaterial.secretX1());
    addNumber(secrets, custodianMaterial.paillier().secretPrimeP());
    addNumber(secrets, custodianMaterial.paillier().secretPrimeQ());
    addNumber(secrets, clientMaterial.ringPedersen().secretPrimeP());
    addNumber(secrets, clientMaterial.ringPedersen().secretPrimeQ());
    addNumber(secrets, clientMaterial.ringPedersen().secretLambda());

    // State machines in every state, and the messages that carry openings.
    byte[] digest = new byte[32];
    ClientSign sign =
        new ClientSign(
            clientMaterial,
            digest,
            ProtocolFixtures.RANDOM,
            Runnable::run,
            ProtocolFixtures.CLIENT_CLOCK);
    CustodianSign signing =
        new CustodianSign(
            custodianMaterial,
            ProtocolFixtures.RANDOM,
            ProtocolFixtures.EXECUTOR,
            ProtocolFixtures.newRegistry());
    shown.add(sign);
    byte[] round1 = sign.start();
    shown.add(sign);
    byte[] round2 = signing.respond(round1);
    shown.add(signing);
    byte[] round3 = sign.handle(round2);
    shown.add(SignRound3Ciphertext.fromBytes(round3));
    shown.add(sign);
    sign.handle(signing.respond(round3));
    shown.add(sign);
    shown.add(signing);

    ClientRefresh refresh =
        new ClientRefresh(
            clientMaterial,
            RefreshPurpose.BACKUP,
            "redaction-backup",
            2048,
            ProtocolFixtures.RANDOM,
            ProtocolFixtures.EXECUTOR,
            ProtocolFixtures.CLIENT_CLOCK);
    CustodianRefresh refreshing =
        new CustodianRefresh(
            custodianMaterial,
            RefreshPurpose.BACKUP,
            "redaction-backup",
            2048,
            ProtocolFixtures.RANDOM,
            ProtocolFixtures.EXECUTOR,
            ProtocolFixtures.newRegistry());
    byte[] refreshRound3 = refresh.handle(refreshing.respond(refresh.start()));
    RefreshRound3Opening opening = RefreshRound3Opening.fromBytes(refreshRound3);
    shown.add(opening);
    addScalar(secrets, opening.delta2());
    shown.add(refresh);
    shown.add(refreshing);
    refresh.handle(refreshing.respond(refreshRound3));
    shown.add(refresh.output());
    shown.add(refreshing.output());
    addScalar(secrets, refresh.output().secretX2());
    addScalar(secrets, refreshing.output().secretX1());
    addNumber(secrets, refreshing.output().paillier().secretPrimeP());
    addNumber(secrets, refreshing.output().paillier().secretPrimeQ());

    shown.add(KeygenRound3Opening.fromBytes(ProtocolFixtures.pairA().messages[2]));
    ClientKeygen keygenClient = ProtocolFixtures.keygenClient("redaction-pair", 9009);
    keygenClient.start();
    shown.add(keygenClient);

    // Backup, export, and the errors of aborted, refused and refusing runs.
    BackupSharePairId backupId = BackupSharePairId.random();
    CustodianSession<CustodianBackupShare> backup = custodian.beginBackup(custodianShare, backupId);
    ClientBackupShare clientBackup = client.backup(clientShare, backupId, backup::respond);
    shown.add(backup);
    shownWithPublicKeys.add(clientBackup);
    shownWithPublicKeys.add(backup.result());
    ExportedPrivateKey exported = new TwoPartyEcdsaKeyExport().export(clientBackup, backup.result());
    shownWithPublicKeys.add(exported);
    addNumber(secrets, new BigInteger(1, exported.scalar().revealCopy()));
    shown.add(new TwoPartyEcdsaKeyExport());

    List<Throwable> errors = new ArrayList<>();
    CustodianSession<SignOutcome> tampered = custodian.beginSign(custodianShare);
    errors.add(
        assertThrows(
            ProtocolAbortedException.class,
            () ->
                client.sign(
                    clientShare,
                    MessageHash.of(digest),
                    request -> {
                      byte[] reply = tampered.respond(request).clone();
                      reply[reply.length - 1] ^= 1;
                      return reply;
                    })));
    CustodianSession<SignOutcome> cheated = custodian.beginSign(custodianShare);
    errors.add(
        assertThrows(
            ProtocolAbortedException.class,
            () ->
                client.sign(
                    clientShare,
                    MessageHash.of(digest),
                    request -> {
                      byte[] sent = request.clone();
                      sent[40] ^= 1;
                      return cheated.respond(sent);
                    })));
    shown.add(cheated);
    // A tampered signing ciphertext (or its proof) is refused as the client's violation; the
    // error names the failed check of the proof, never a value.
    CustodianSession<SignOutcome> tamperedC3 = custodian.beginSign(custodianShare);
    int[] count = {0};
    errors.add(
        assertThrows(
            ProtocolAbortedException.class,
            () ->
                client.sign(
                    clientShare,
                    MessageHash.of(digest),
                    request -> {
                      byte[] sent = request.clone();
                      if (++count[0] == 2) {
                        sent[sent.length - 1] ^= 1;
                      }
                      return tamperedC3.respond(sent);
                    })));
    shown.add(tamperedC3);
    // A signature the custodian withholds (a fault of its own) is reported as frozen.
    CustodianSession<SignOutcome> withheld = custodian.beginSign(custodianShare);
    int[] replies = {0};
    errors.add(
        assertThrows(
            WalletFrozenException.class,
            () ->
                client.sign(
                    clientShare,
                    MessageHash.of(digest),
                    request -> {
                      byte[] reply = withheld.respond(request);
                      if (++replies[0] == 2) {
                        try {
                          return SignRound4Signature.refused(
                                  SignRound4Signature.fromBytes(reply).sessionId())
                              .toBytes();
                        } catch (GeneralSecurityException e) {
                          throw new AssertionError(e);
                        }
                      }
                      return reply;
                    })));
    shownWithPublicKeys.add(withheld.result());
    byte[] corrupt = clientShare.material().revealCopy();
    int x2Offset = 3 + 4 + wallet.value().length() + 4 + pair.value().length();
    corrupt[x2Offset + 31] ^= 1;
    errors.add(
        assertThrows(
            InvalidInputException.class,
            () ->
                client.sign(
                    new ClientSigningShare(
                        wallet, pair, clientShare.publicKey(), SecretBytes.copyOf(corrupt)),
                    MessageHash.of(digest),
                    request -> request)));

    for (Object object : shown) {
      String text = String.valueOf(object);
      assertFalse(LONG_NUMBER.matcher(text).find(), () -> "a long number in " + text);
      assertNoSecret(text, secrets);
    }
    for (Object object : shownWithPublicKeys) {
      assertNoSecret(String.valueOf(object), secrets);
    }
    for (Throwable error : errors) {
      for (Throwable t = error; t != null; t = t.getCause()) {
        String text = String.valueOf(t.getMessage());
        assertFalse(LONG_NUMBER.matcher(text).find(), () -> "a long number in " + text);
        assertNoSecret(text, secrets);
        assertNoSecret(t.toString(), secrets);
      }
    }
  }

  private static void assertNoSecret(String text, List<String> secrets) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String secret : secrets) {
      assertFalse(lower.contains(secret), () -> "a secret in: " + text);
    }
  }

  private static void addScalar(List<String> secrets, BigInteger scalar) {
    addNumber(secrets, scalar);
    secrets.add(HexFormat.of().formatHex(Secp256k1.encodeScalar(scalar)));
  }

  /** A secret in decimal and hex; a substring long enough that a chance match is impossible. */
  private static void addNumber(List<String> secrets, BigInteger value) {
    String decimal = value.toString();
    String hex = value.toString(16);
    secrets.add(decimal.substring(0, Math.min(decimal.length(), 24)));
    secrets.add(hex.substring(0, Math.min(hex.length(), 20)));
  }
}
