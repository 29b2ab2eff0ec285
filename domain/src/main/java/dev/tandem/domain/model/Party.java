package dev.tandem.domain.model;

/** The two parties of every protocol. */
public enum Party {
  /** The user's device, or a service acting for it: P2 of the protocol, it drives every exchange. */
  CLIENT,
  /** The backend embedding Tandem: P1 of the protocol, it holds the Paillier secret key. */
  CUSTODIAN;

  public Party peer() {
    return this == CLIENT ? CUSTODIAN : CLIENT;
  }
}
