package dev.tandem.adapter.objectstore;

/**
 * The kinds of object the core stores, each in its own folder under the layout's prefix. The label
 * that binds a sealed secret to its kind comes from the {@link StorageLayout}.
 */
enum RecordType {
  BACKUP_KEY("backup-keys", "backup encryption key"),
  SIGNING_SHARE("signing-shares", "custodian signing share record"),
  BACKUP_SHARE("backup-shares", "custodian backup share record"),
  WALLET_FREEZE("wallet-freezes", "wallet freeze marker");

  private final String folder;
  private final String description;

  RecordType(String folder, String description) {
    this.folder = folder;
    this.description = description;
  }

  /** The folder under the prefix that holds every object of this kind. */
  String folder() {
    return folder;
  }

  /** What to call a record of this kind in messages. */
  String description() {
    return description;
  }
}
