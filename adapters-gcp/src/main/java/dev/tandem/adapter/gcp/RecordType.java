package dev.tandem.adapter.gcp;

/** The kinds of object the adapters keep, each under its own folder of the prefix. */
enum RecordType {
  BACKUP_KEY("backup-key", "backup-keys/", "backup encryption key"),
  SIGNING_SHARE("signing-share", "signing-shares/", "signing share record"),
  BACKUP_SHARE("backup-share", "backup-shares/", "backup share record"),
  WALLET_FREEZE("wallet-freeze", "wallet-freezes/", "wallet freeze marker");

  private final String label;
  private final String folder;
  private final String description;

  RecordType(String label, String folder, String description) {
    this.label = label;
    this.folder = folder;
    this.description = description;
  }

  /** Stored in each document and bound into each envelope (a freeze marker has none). */
  String label() {
    return label;
  }

  /** The folder under the prefix, ending with {@code /}. */
  String folder() {
    return folder;
  }

  /** For messages. */
  String description() {
    return description;
  }
}
