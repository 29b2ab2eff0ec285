package dev.tandem.domain.model;

/** One run of a two-party protocol between client and custodian. */
public record CosignerSessionId(String value) {
  public CosignerSessionId {
    Identifiers.requireLegal(value, "cosigner session id");
  }

  public static CosignerSessionId of(String value) {
    return new CosignerSessionId(value);
  }

  /** A fresh random id (a UUID). */
  public static CosignerSessionId random() {
    return new CosignerSessionId(Identifiers.random());
  }

  @Override
  public String toString() {
    return value;
  }
}
