package dev.tandem.mpc.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * A hash commitment of PROTOCOL.md §1:
 * {@code SHA-256(item(tag) ‖ item(session id) ‖ item(sender id) ‖ item(payload) ‖ item(randomness))}
 * where {@code item(v)} is {@code v} prefixed by its 4-byte big-endian length (the prefixes make
 * the split between the fields unambiguous) and the randomness is 32 fresh bytes. Binding under
 * collision resistance of SHA-256, hiding in the random-oracle model.
 *
 * <p>An instance is the committer's side: the public {@link #commitment()} to send now, and the
 * {@link #randomness()} to reveal with the payload when opening. The randomness is secret until
 * the opening, so {@code toString} does not print it.
 */
public final class HashCommitment {

  /** Length of the commitment randomness. */
  public static final int RANDOMNESS_LENGTH = 32;

  /** Length of a commitment (SHA-256). */
  public static final int COMMITMENT_LENGTH = 32;

  private final byte[] commitment;
  private final byte[] randomness;

  private HashCommitment(byte[] commitment, byte[] randomness) {
    this.commitment = commitment;
    this.randomness = randomness;
  }

  /** Commits to {@code payload} with 32 fresh random bytes. */
  public static HashCommitment commit(
      String tag, byte[] sessionId, String senderId, byte[] payload, SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] randomness = new byte[RANDOMNESS_LENGTH];
    random.nextBytes(randomness);
    return new HashCommitment(compute(tag, sessionId, senderId, payload, randomness), randomness);
  }

  /** The 32-byte commitment to send. */
  public byte[] commitment() {
    return commitment.clone();
  }

  /** The randomness to reveal with the payload when opening. */
  public byte[] randomness() {
    return randomness.clone();
  }

  /**
   * Checks, in constant time, that {@code (payload, randomness)} opens {@code commitment} for this
   * tag, session and sender.
   *
   * @throws GeneralSecurityException if it does not
   */
  public static void verifyOpening(
      byte[] commitment,
      String tag,
      byte[] sessionId,
      String senderId,
      byte[] payload,
      byte[] randomness)
      throws GeneralSecurityException {
    Objects.requireNonNull(commitment, "commitment");
    Objects.requireNonNull(randomness, "randomness");
    if (commitment.length != COMMITMENT_LENGTH) {
      throw new GeneralSecurityException(
          "commitment must be " + COMMITMENT_LENGTH + " bytes, got " + commitment.length);
    }
    if (randomness.length != RANDOMNESS_LENGTH) {
      throw new GeneralSecurityException(
          "commitment randomness must be " + RANDOMNESS_LENGTH + " bytes, got "
              + randomness.length);
    }
    byte[] expected = compute(tag, sessionId, senderId, payload, randomness);
    if (!MessageDigest.isEqual(expected, commitment)) {
      throw new GeneralSecurityException("commitment opening does not match the commitment");
    }
  }

  /** The commitment value for the given fields. */
  public static byte[] compute(
      String tag, byte[] sessionId, String senderId, byte[] payload, byte[] randomness) {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(senderId, "senderId");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(randomness, "randomness");
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
    item(digest, tag.getBytes(StandardCharsets.UTF_8));
    item(digest, sessionId);
    item(digest, senderId.getBytes(StandardCharsets.UTF_8));
    item(digest, payload);
    item(digest, randomness);
    return digest.digest();
  }

  /** Best-effort wipe of the randomness once it is no longer needed. */
  public void destroy() {
    Arrays.fill(randomness, (byte) 0);
  }

  @Override
  public String toString() {
    return "HashCommitment[randomness=<redacted>]";
  }

  private static void item(MessageDigest digest, byte[] value) {
    int length = value.length;
    digest.update(
        new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8),
          (byte) length});
    digest.update(value);
  }
}
