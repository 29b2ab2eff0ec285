package dev.tandem.cli;

import java.util.Locale;

/** Where {@code tandem demo} keeps the custodian's records and the user's backup keys. */
enum Backend {
  /** Everything in this process's memory; needs no account. */
  INMEMORY("in memory"),
  /** An S3 bucket, secrets envelope-encrypted under a KMS key. */
  AWS("on AWS (S3 + KMS)"),
  /** A Cloud Storage bucket, secrets sealed under a key-encryption key. */
  GCP("on GCP (Cloud Storage)");

  private final String where;

  Backend(String where) {
    this.where = where;
  }

  /** How the narration says where the records live: "in memory", "on AWS (S3 + KMS)". */
  String where() {
    return where;
  }

  /** The name on the command line: {@code inmemory}, {@code aws}, {@code gcp}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
