package dev.tandem.mpc.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Who proves what to whom, and where: the context every Fiat–Shamir transcript starts with
 * (PROTOCOL.md §1). A proof made under one context never verifies under another, so a proof cannot
 * be replayed into another session, round, protocol or direction.
 *
 * <p>Party ids are the strings of PROTOCOL.md §1 ({@code "tandem/custodian"}, {@code
 * "tandem/client"}); the protocol layer appends the pair id for sign and refresh (for example
 * {@code "tandem/client/" + pairId}) so the transcript also binds which pair it is about.
 *
 * <p>Immutable: the session id is copied in and out.
 */
public final class ProofContext {

  /** Length of a session id (PROTOCOL.md §1). */
  public static final int SESSION_ID_LENGTH = 32;

  private final String protocol;
  private final int round;
  private final byte[] sessionId;
  private final String proverId;
  private final String verifierId;

  /**
   * @param protocol protocol name: {@code keygen}, {@code sign}, {@code refresh}
   * @param round the round (message number) the proof travels in
   * @param sessionId the 32-byte session id
   * @param proverId id of the party making the proof
   * @param verifierId id of the party checking it
   */
  public ProofContext(
      String protocol, int round, byte[] sessionId, String proverId, String verifierId) {
    this.protocol = requireText(protocol, "protocol");
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative");
    }
    this.round = round;
    Objects.requireNonNull(sessionId, "sessionId");
    if (sessionId.length != SESSION_ID_LENGTH) {
      throw new IllegalArgumentException(
          "session id must be " + SESSION_ID_LENGTH + " bytes, got " + sessionId.length);
    }
    this.sessionId = sessionId.clone();
    this.proverId = requireText(proverId, "proverId");
    this.verifierId = requireText(verifierId, "verifierId");
    if (proverId.equals(verifierId)) {
      throw new IllegalArgumentException("prover and verifier ids must differ");
    }
  }

  public String protocol() {
    return protocol;
  }

  public int round() {
    return round;
  }

  /** A copy of the session id. */
  public byte[] sessionId() {
    return sessionId.clone();
  }

  public String proverId() {
    return proverId;
  }

  public String verifierId() {
    return verifierId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ProofContext)) {
      return false;
    }
    ProofContext other = (ProofContext) o;
    return round == other.round
        && protocol.equals(other.protocol)
        && Arrays.equals(sessionId, other.sessionId)
        && proverId.equals(other.proverId)
        && verifierId.equals(other.verifierId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(protocol, round, Arrays.hashCode(sessionId), proverId, verifierId);
  }

  @Override
  public String toString() {
    return "ProofContext[protocol="
        + protocol
        + ", round="
        + round
        + ", prover="
        + proverId
        + ", verifier="
        + verifierId
        + "]";
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }
}
