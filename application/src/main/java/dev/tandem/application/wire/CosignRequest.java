package dev.tandem.application.wire;

import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import java.util.Objects;

/**
 * A client request. {@link Generate}, {@link Backup}, {@link Provision} and {@link Sign} open a
 * session with the engine's first message; {@link RecordBackupKey} is a session of one request; the
 * others continue the open session.
 */
public sealed interface CosignRequest
    permits CosignRequest.Generate,
        CosignRequest.Backup,
        CosignRequest.Provision,
        CosignRequest.Sign,
        CosignRequest.Step,
        CosignRequest.ConfirmPair,
        CosignRequest.ConfirmBackup,
        CosignRequest.RevokeOtherPairs,
        CosignRequest.RecordBackupKey,
        CosignRequest.Abort {

  /** Every request names its wallet; a request for another wallet than its session's aborts it. */
  WalletId walletId();

  /** Whether this request opens a session. */
  default boolean opensSession() {
    return this instanceof Generate
        || this instanceof Backup
        || this instanceof Provision
        || this instanceof Sign
        || this instanceof RecordBackupKey;
  }

  /** Distributed key generation of a new wallet and its first signing pair. */
  record Generate(
      WalletId walletId, SigningSharePairId pairId, String deviceLabel, ProtocolMessage message)
      implements CosignRequest {
    public Generate {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(pairId, "pairId");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * A refresh of signing pair {@code sourcePairId} into backup pair {@code backupPairId}, whose
   * client half will be encrypted under key {@code keyId}.
   */
  record Backup(
      WalletId walletId,
      SigningSharePairId sourcePairId,
      BackupSharePairId backupPairId,
      BackupKeyId keyId,
      ProtocolMessage message)
      implements CosignRequest {
    public Backup {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(sourcePairId, "sourcePairId");
      Objects.requireNonNull(backupPairId, "backupPairId");
      Objects.requireNonNull(keyId, "keyId");
      Objects.requireNonNull(message, "message");
    }
  }

  /** A refresh of backup pair {@code backupPairId} into the new signing pair {@code newPairId}. */
  record Provision(
      WalletId walletId,
      BackupSharePairId backupPairId,
      SigningSharePairId newPairId,
      String deviceLabel,
      ProvisionPurpose purpose,
      ProtocolMessage message)
      implements CosignRequest {
    public Provision {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(backupPairId, "backupPairId");
      Objects.requireNonNull(newPairId, "newPairId");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(message, "message");
    }
  }

  /** A signature with signing pair {@code pairId}; the digest travels inside the engine message. */
  record Sign(WalletId walletId, SigningSharePairId pairId, ProtocolMessage message)
      implements CosignRequest {
    public Sign {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(pairId, "pairId");
      Objects.requireNonNull(message, "message");
    }
  }

  /** The next engine message of the open session. */
  record Step(WalletId walletId, ProtocolMessage message) implements CosignRequest {
    public Step {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(message, "message");
    }
  }

  /** The client stored its half of the session's new signing pair: mark it {@code COMPLETED}. */
  record ConfirmPair(WalletId walletId, SigningSharePairId pairId) implements CosignRequest {
    public ConfirmPair {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(pairId, "pairId");
    }
  }

  /**
   * The client stored the key and encrypted its half of the session's backup pair: mark it {@code
   * COMPLETED}, delete the wallet's older backups, answer their key ids.
   */
  record ConfirmBackup(WalletId walletId, BackupSharePairId backupPairId) implements CosignRequest {
    public ConfirmBackup {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(backupPairId, "backupPairId");
    }
  }

  /** Recovery: revoke every signing pair of the wallet but {@code keepPairId}; answer their ids. */
  record RevokeOtherPairs(WalletId walletId, SigningSharePairId keepPairId)
      implements CosignRequest {
    public RevokeOtherPairs {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(keepPairId, "keepPairId");
    }
  }

  /** Key rotation: the backup's client half is now encrypted under {@code newKeyId}. */
  record RecordBackupKey(
      WalletId walletId,
      BackupSharePairId backupPairId,
      BackupKeyId previousKeyId,
      BackupKeyId newKeyId)
      implements CosignRequest {
    public RecordBackupKey {
      Objects.requireNonNull(walletId, "walletId");
      Objects.requireNonNull(backupPairId, "backupPairId");
      Objects.requireNonNull(previousKeyId, "previousKeyId");
      Objects.requireNonNull(newKeyId, "newKeyId");
    }
  }

  /**
   * The client gives up the open session (its side failed): the custodian discards the session and
   * releases its wallet lease at once instead of at expiry. Records already written stay as they
   * are ({@code INCOMPLETE} ones never sign).
   */
  record Abort(WalletId walletId) implements CosignRequest {
    public Abort {
      Objects.requireNonNull(walletId, "walletId");
    }
  }
}
