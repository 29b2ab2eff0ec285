package dev.tandem.mpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.EthereumAddress;
import dev.tandem.domain.model.MessageHash;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.Signature;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.port.CustodianSession;
import dev.tandem.domain.port.SignOutcome;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import dev.tandem.domain.secret.CustodianBackupShare;
import dev.tandem.domain.secret.CustodianSigningShare;
import dev.tandem.domain.secret.ExportedPrivateKey;
import dev.tandem.domain.secret.KeyShare;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Refresh (PROTOCOL.md §5) as backup and provisioning, chained over 20 generations: keygen →
 * backup → provision → backup → provision … , with a second provisioning from the first backup.
 * Every pair ever produced signs for the wallet's address, backups export the wallet's key, pairs
 * never mix, and a refresh that stops halfway leaves its inputs usable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefreshChainTest {

  private static final int GENERATIONS = 20;

  private static final TwoPartyEcdsaClientEngine CLIENT = EngineFixtures.CLIENT;
  private static final TwoPartyEcdsaCustodianEngine CUSTODIAN = EngineFixtures.CUSTODIAN;

  private final List<EngineFixtures.SigningPair> signingPairs = new ArrayList<>();
  private final List<ClientBackupShare> clientBackups = new ArrayList<>();
  private final List<CustodianBackupShare> custodianBackups = new ArrayList<>();
  private EngineFixtures.SigningPair first;

  @BeforeAll
  void buildTheChain() {
    first = EngineFixtures.newWallet();
    signingPairs.add(first);
    EngineFixtures.SigningPair current = first;
    for (int generation = 1; generation <= GENERATIONS; generation++) {
      byte[] clientBefore = reveal(current.client);
      byte[] custodianBefore = reveal(current.custodian);
      backup(current);
      assertArrayEquals(clientBefore, reveal(current.client), "backup modified its input");
      assertArrayEquals(custodianBefore, reveal(current.custodian), "backup modified its input");
      current = provision(clientBackups.size() - 1);
      if (generation == 1) {
        provision(0);
      }
    }
  }

  @Test
  void everyPairEverProduced_signsForTheSameAddress() {
    EthereumAddress address = first.client.publicKey().ethereumAddress();
    assertEquals(GENERATIONS + 2, signingPairs.size());
    for (EngineFixtures.SigningPair pair : signingPairs) {
      assertEquals(first.client.publicKey(), pair.client.publicKey());
      assertEquals(first.client.publicKey(), pair.custodian.publicKey());
      byte[] digest = new byte[32];
      EngineFixtures.RANDOM.nextBytes(digest);
      Signature signature = sign(pair.client, pair.custodian, digest);
      assertTrue(BouncyCastleEcdsa.verifies(pair.client.publicKey(), digest, signature));
      ECPoint recovered = BouncyCastleEcdsa.recover(digest, signature);
      assertEquals(address, EthereumAddress.fromPublicKey(recovered.getEncoded(false)));
    }
  }

  @Test
  void refreshedShares_differFromTheirSource() {
    for (int i = 1; i < signingPairs.size(); i++) {
      assertFalse(
          Arrays.equals(reveal(signingPairs.get(i - 1).client), reveal(signingPairs.get(i).client)));
    }
  }

  @Test
  void everyBackupPair_exportsTheWalletKey() {
    BigInteger key = null;
    for (int i = 0; i < clientBackups.size(); i++) {
      ExportedPrivateKey exported =
          new TwoPartyEcdsaKeyExport().export(clientBackups.get(i), custodianBackups.get(i));
      byte[] scalar = exported.scalar().revealCopy();
      try {
        BigInteger d = new BigInteger(1, scalar);
        ECPoint q = BouncyCastleEcdsa.SECP256K1.getG().multiply(d).normalize();
        assertEquals(BouncyCastleEcdsa.point(first.client.publicKey()), q);
        assertEquals(first.client.publicKey(), exported.publicKey());
        if (key != null) {
          assertEquals(key, d);
        }
        key = d;
      } finally {
        Arrays.fill(scalar, (byte) 0);
        exported.destroy();
      }
    }
  }

  @Test
  void exportOfHalvesFromDifferentPairs_isRefused() {
    TwoPartyEcdsaKeyExport export = new TwoPartyEcdsaKeyExport();
    assertThrows(
        InvalidInputException.class,
        () -> export.export(clientBackups.get(0), custodianBackups.get(1)));
    CustodianBackupShare relabelled =
        new CustodianBackupShare(
            clientBackups.get(0).walletId(),
            clientBackups.get(0).pairId(),
            clientBackups.get(0).publicKey(),
            custodianBackups.get(1).material());
    assertThrows(InvalidInputException.class, () -> export.export(clientBackups.get(0), relabelled));
  }

  @Test
  void mixedPairSigning_abortsAtTheCustodiansFirstMessage() {
    EngineFixtures.SigningPair a = signingPairs.get(1);
    EngineFixtures.SigningPair b = signingPairs.get(2);
    CustodianSession<SignOutcome> session = CUSTODIAN.beginSign(b.custodian);
    int[] requests = {0};
    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class,
            () ->
                CLIENT.sign(
                    a.client,
                    MessageHash.of(new byte[32]),
                    request -> {
                      requests[0]++;
                      return session.respond(request);
                    }));
    assertEquals(Party.CLIENT, e.faultyParty());
    assertEquals(1, requests[0], "the custodian answered before noticing the mixed pair");
    assertFalse(session.isComplete());
    assertThrows(IllegalStateException.class, session::result);
    byte[] digest = new byte[32];
    assertTrue(
        BouncyCastleEcdsa.verifies(a.client.publicKey(), digest, sign(a.client, a.custodian, digest)));
    assertTrue(
        BouncyCastleEcdsa.verifies(b.client.publicKey(), digest, sign(b.client, b.custodian, digest)));
  }

  @Test
  void mixedPairRefresh_abortsAtTheCustodiansFirstMessage() {
    CustodianSession<CustodianBackupShare> session =
        CUSTODIAN.beginBackup(signingPairs.get(2).custodian, BackupSharePairId.of("mixed-backup"));
    int[] requests = {0};
    ProtocolAbortedException e =
        assertThrows(
            ProtocolAbortedException.class,
            () ->
                CLIENT.backup(
                    signingPairs.get(1).client,
                    BackupSharePairId.of("mixed-backup"),
                    request -> {
                      requests[0]++;
                      return session.respond(request);
                    }));
    assertEquals(Party.CLIENT, e.faultyParty());
    assertEquals(1, requests[0]);
  }

  @Test
  void refreshAbortedHalfway_leavesBothInputsUsable() {
    EngineFixtures.SigningPair pair = signingPairs.get(signingPairs.size() - 1);
    byte[] clientBefore = reveal(pair.client);
    byte[] custodianBefore = reveal(pair.custodian);
    BackupSharePairId backupId = BackupSharePairId.random();

    // The client cheats in round 3 (a wrong opening): the custodian aborts, nothing is output.
    CustodianSession<CustodianBackupShare> session = CUSTODIAN.beginBackup(pair.custodian, backupId);
    int[] requests = {0};
    assertThrows(
        ProtocolAbortedException.class,
        () ->
            CLIENT.backup(
                pair.client,
                backupId,
                request -> {
                  byte[] sent = request;
                  if (++requests[0] == 2) {
                    sent = request.clone();
                    sent[sent.length - 1] ^= 0x01;
                  }
                  return session.respond(sent);
                }));
    assertThrows(IllegalStateException.class, session::result);

    // The channel fails after round 2: both sides stop halfway.
    CustodianSession<CustodianBackupShare> cut = CUSTODIAN.beginBackup(pair.custodian, backupId);
    int[] exchanged = {0};
    assertThrows(
        IllegalStateException.class,
        () ->
            CLIENT.backup(
                pair.client,
                backupId,
                request -> {
                  if (++exchanged[0] == 2) {
                    throw new IllegalStateException("connection lost");
                  }
                  return cut.respond(request);
                }));
    assertFalse(cut.isComplete());

    assertArrayEquals(clientBefore, reveal(pair.client));
    assertArrayEquals(custodianBefore, reveal(pair.custodian));
    byte[] digest = new byte[32];
    EngineFixtures.RANDOM.nextBytes(digest);
    assertTrue(
        BouncyCastleEcdsa.verifies(
            pair.client.publicKey(), digest, sign(pair.client, pair.custodian, digest)));
    CustodianSession<CustodianBackupShare> retry = CUSTODIAN.beginBackup(pair.custodian, backupId);
    ClientBackupShare clientBackup = CLIENT.backup(pair.client, backupId, retry::respond);
    ExportedPrivateKey exported = new TwoPartyEcdsaKeyExport().export(clientBackup, retry.result());
    assertEquals(pair.client.publicKey(), exported.publicKey());
    exported.destroy();
  }

  @Test
  void aBackupPairCannotSign_andASigningPairCannotProvision() {
    EngineFixtures.SigningPair pair = signingPairs.get(0);
    ClientSigningShare disguised =
        new ClientSigningShare(
            clientBackups.get(0).walletId(),
            SigningSharePairId.of(clientBackups.get(0).pairId().value()),
            clientBackups.get(0).publicKey(),
            clientBackups.get(0).material());
    CustodianSession<SignOutcome> session = CUSTODIAN.beginSign(pair.custodian);
    assertThrows(
        InvalidInputException.class,
        () -> CLIENT.sign(disguised, MessageHash.of(new byte[32]), session::respond));
    CustodianBackupShare wrongKind =
        new CustodianBackupShare(
            pair.custodian.walletId(),
            BackupSharePairId.of(pair.custodian.pairId().value()),
            pair.custodian.publicKey(),
            pair.custodian.material());
    assertThrows(
        InvalidInputException.class,
        () -> CUSTODIAN.beginProvision(wrongKind, SigningSharePairId.random()));
    assertNotEquals(
        clientBackups.get(0).pairId().value(), signingPairs.get(1).client.pairId().value());
  }

  // ---------------------------------------------------------------------------------------------

  private void backup(EngineFixtures.SigningPair source) {
    BackupSharePairId id = BackupSharePairId.random();
    CustodianSession<CustodianBackupShare> session = CUSTODIAN.beginBackup(source.custodian, id);
    ClientBackupShare client = CLIENT.backup(source.client, id, session::respond);
    CustodianBackupShare custodian = session.result();
    assertEquals(id, client.pairId());
    assertEquals(id, custodian.pairId());
    assertEquals(source.client.publicKey(), client.publicKey());
    clientBackups.add(client);
    custodianBackups.add(custodian);
  }

  private EngineFixtures.SigningPair provision(int backup) {
    SigningSharePairId id = SigningSharePairId.random();
    ClientBackupShare clientBackup = clientBackups.get(backup);
    CustodianBackupShare custodianBackup = custodianBackups.get(backup);
    byte[] clientBefore = reveal(clientBackup);
    CustodianSession<CustodianSigningShare> session =
        CUSTODIAN.beginProvision(custodianBackup, id);
    ClientSigningShare client = CLIENT.provision(clientBackup, id, session::respond);
    assertArrayEquals(clientBefore, reveal(clientBackup), "provisioning modified its input");
    EngineFixtures.SigningPair pair = new EngineFixtures.SigningPair(client, session.result());
    signingPairs.add(pair);
    return pair;
  }

  private static Signature sign(
      ClientSigningShare client, CustodianSigningShare custodian, byte[] digest) {
    CustodianSession<SignOutcome> session = CUSTODIAN.beginSign(custodian);
    return CLIENT.sign(client, MessageHash.of(digest), session::respond);
  }

  private static byte[] reveal(KeyShare share) {
    return share.material().revealCopy();
  }
}
