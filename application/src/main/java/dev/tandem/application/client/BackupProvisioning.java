package dev.tandem.application.client;

import dev.tandem.application.backup.ClientBackupOpener;
import dev.tandem.application.backup.EncryptedClientBackup;
import dev.tandem.application.port.in.SigningShareSink;
import dev.tandem.application.wire.CosignRequest;
import dev.tandem.application.wire.ProvisionPurpose;
import dev.tandem.domain.error.InvalidInputException;
import dev.tandem.domain.error.ProtocolAbortedException;
import dev.tandem.domain.model.Party;
import dev.tandem.domain.model.ProvisioningStatus;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.ClientMpcEnginePort;
import dev.tandem.domain.port.CosignerChannelPort;
import dev.tandem.domain.port.ProgressListener;
import dev.tandem.domain.secret.ClientBackupShare;
import dev.tandem.domain.secret.ClientSigningShare;
import java.util.ArrayList;
import java.util.List;

/**
 * The flow provisioning and recovery share: open the backup, refresh it into a new signing pair,
 * hand the share over, confirm, and (recovery only) revoke every other pair, all in one custodian
 * session.
 */
final class BackupProvisioning {
  private final ClientMpcEnginePort engine;
  private final CosignerChannelPort channel;
  private final ClientBackupOpener opener;

  BackupProvisioning(
      ClientMpcEnginePort engine, CosignerChannelPort channel, ClientBackupOpener opener) {
    this.engine = engine;
    this.channel = channel;
    this.opener = opener;
  }

  /**
   * What came out: the new client signing share and, for a recovery, the pairs it revoked. A final
   * class rather than a record because it carries a share.
   */
  static final class Outcome {
    private final ClientSigningShare share;
    private final List<SigningSharePairId> revokedPairIds;

    Outcome(ClientSigningShare share, List<SigningSharePairId> revokedPairIds) {
      this.share = share;
      this.revokedPairIds = revokedPairIds;
    }

    ClientSigningShare share() {
      return share;
    }

    List<SigningSharePairId> revokedPairIds() {
      return revokedPairIds;
    }
  }

  Outcome run(
      WalletId walletId,
      EncryptedClientBackup backup,
      String deviceLabel,
      ProvisionPurpose purpose,
      SigningShareSink sink,
      ProgressListener progress) {
    boolean recovery = purpose == ProvisionPurpose.RECOVER;
    if (recovery) {
      progress.onProgress(ProvisioningStatus.RECOVERING_BACKUP_SHARE, false);
    }
    ClientBackupShare backupShare = opener.open(walletId, backup, progress);
    SigningSharePairId newPairId = SigningSharePairId.random();
    CosignerConversation custodian = new CosignerConversation(channel, walletId);
    ClientSigningShare share = null;
    try {
      if (recovery) {
        progress.onProgress(ProvisioningStatus.RECOVERING_SIGNING_SHARE, false);
      }
      progress.onProgress(ProvisioningStatus.GENERATING_SHARE, false);
      share =
          engine.provision(
              backupShare,
              newPairId,
              custodian.engine(
                  message ->
                      new CosignRequest.Provision(
                          walletId,
                          backup.backupPairId(),
                          newPairId,
                          deviceLabel,
                          purpose,
                          message)));

      progress.onProgress(ProvisioningStatus.STORING_SHARE, false);
      sink.store(share);
      custodian.acknowledge(new CosignRequest.ConfirmPair(walletId, newPairId));
      List<SigningSharePairId> revoked = List.of();
      if (recovery) {
        revoked =
            parsePairIds(
                custodian.acknowledge(new CosignRequest.RevokeOtherPairs(walletId, newPairId)));
      }
      custodian.finished();
      progress.onProgress(ProvisioningStatus.DONE, true);
      return new Outcome(share, revoked);
    } catch (RuntimeException | Error e) {
      custodian.abandon();
      if (share != null) {
        share.destroy();
      }
      throw e;
    } finally {
      backupShare.destroy();
    }
  }

  private static List<SigningSharePairId> parsePairIds(List<String> values) {
    List<SigningSharePairId> pairIds = new ArrayList<>(values.size());
    for (String value : values) {
      try {
        pairIds.add(SigningSharePairId.of(value));
      } catch (InvalidInputException e) {
        throw new ProtocolAbortedException(Party.CUSTODIAN, "acknowledged with an illegal pair id");
      }
    }
    return List.copyOf(pairIds);
  }
}
