package dev.tandem.mpc.internal.protocol;

/**
 * The party ids of PROTOCOL.md §1: {@code "tandem/custodian"} (P1) and {@code "tandem/client"}
 * (P2), followed for sign and refresh by the pair id(s) the run is about, so that a transcript or
 * commitment made for one pair never verifies for another. Ids cannot contain {@code '/'}, so the
 * joined form is unambiguous.
 */
final class PartyIds {

  static final String CUSTODIAN = "tandem/custodian";
  static final String CLIENT = "tandem/client";

  private final String custodian;
  private final String client;

  private PartyIds(String custodian, String client) {
    this.custodian = custodian;
    this.client = client;
  }

  /** Keygen: the bare ids (the wallet and pair ids are bound through the session binding). */
  static PartyIds keygen() {
    return new PartyIds(CUSTODIAN, CLIENT);
  }

  /** Sign: the ids followed by the signing pair id. */
  static PartyIds sign(String pairId) {
    return new PartyIds(CUSTODIAN + "/" + pairId, CLIENT + "/" + pairId);
  }

  /** Refresh: the ids followed by the source and the new pair id. */
  static PartyIds refresh(String sourcePairId, String newPairId) {
    String suffix = "/" + sourcePairId + "/" + newPairId;
    return new PartyIds(CUSTODIAN + suffix, CLIENT + suffix);
  }

  String custodian() {
    return custodian;
  }

  String client() {
    return client;
  }
}
