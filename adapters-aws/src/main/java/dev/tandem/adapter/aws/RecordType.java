package dev.tandem.adapter.aws;

/**
 * The kinds of object the adapters store: the folder each lives in and the label that binds its
 * sealed secret to its kind (part of the AES-GCM associated data). A wallet freeze marker holds no
 * secret; its label is not bound into anything.
 */
enum RecordType {
  BACKUP_KEY("backup-key", "backup-keys"),
  SIGNING_SHARE("custodian-signing-share", "signing-shares"),
  BACKUP_SHARE("custodian-backup-share", "backup-shares"),
  WALLET_FREEZE("wallet-freeze", "wallet-freezes");

  private final String label;
  private final String folder;

  RecordType(String label, String folder) {
    this.label = label;
    this.folder = folder;
  }

  /** Bound into every sealed secret of this kind, so that one kind cannot pass for another. */
  String label() {
    return label;
  }

  /** The folder under the key prefix that holds every object of this kind. */
  String folder() {
    return folder;
  }
}
