package dev.tandem.domain.model;

/** A wallet: one public key and address, any number of pairs. */
public record WalletId(String value) {
  public WalletId {
    Identifiers.requireLegal(value, "wallet id");
  }

  public static WalletId of(String value) {
    return new WalletId(value);
  }

  /** A fresh random id (a UUID). */
  public static WalletId random() {
    return new WalletId(Identifiers.random());
  }

  @Override
  public String toString() {
    return value;
  }
}
