package dev.tandem.domain.model;

/** Names one modifying request, so that a retry returns the first result instead of running twice. */
public record IdempotencyKey(String value) {
  public IdempotencyKey {
    Identifiers.requireLegal(value, "idempotency key");
  }

  public static IdempotencyKey of(String value) {
    return new IdempotencyKey(value);
  }

  /** A fresh random id (a UUID). */
  public static IdempotencyKey random() {
    return new IdempotencyKey(Identifiers.random());
  }

  @Override
  public String toString() {
    return value;
  }
}
