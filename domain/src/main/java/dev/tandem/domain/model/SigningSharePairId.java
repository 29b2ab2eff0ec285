package dev.tandem.domain.model;

/** One signing share pair (a client share on one device and the matching custodian share). */
public record SigningSharePairId(String value) implements PairId {
  public SigningSharePairId {
    Identifiers.requireLegal(value, "signing share pair id");
  }

  public static SigningSharePairId of(String value) {
    return new SigningSharePairId(value);
  }

  /** A fresh random id (a UUID). */
  public static SigningSharePairId random() {
    return new SigningSharePairId(Identifiers.random());
  }

  @Override
  public String toString() {
    return value;
  }
}
