package dev.tandem.domain.model;

/** One backup share pair (the client backup share, kept encrypted, and the custodian backup share). */
public record BackupSharePairId(String value) implements PairId {
  public BackupSharePairId {
    Identifiers.requireLegal(value, "backup share pair id");
  }

  public static BackupSharePairId of(String value) {
    return new BackupSharePairId(value);
  }

  /** A fresh random id (a UUID). */
  public static BackupSharePairId random() {
    return new BackupSharePairId(Identifiers.random());
  }

  @Override
  public String toString() {
    return value;
  }
}
