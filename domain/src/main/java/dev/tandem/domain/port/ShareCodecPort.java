package dev.tandem.domain.port;

import dev.tandem.domain.secret.KeyShare;

/**
 * Turns a key share into the bytes that are stored or encrypted, and back: the versioned share
 * document of docs/ARCHITECTURE.md §6 (format version, kind, curve, wallet id, pair id, public key,
 * material).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #decode}{@code (}{@link #encode}{@code (share), share.getClass())} gives a share of
 *       the same kind with the same wallet id, pair id, public key and material.
 *   <li>{@link #encode} returns a fresh array that holds the secret material: the caller wipes it
 *       ({@code Arrays.fill(bytes, (byte) 0)}) in a {@code finally} block once it is stored or
 *       encrypted. The codec wipes its own temporary arrays.
 *   <li>{@link #decode} accepts only a well-formed document of the supported format whose kind is
 *       exactly {@code expected}; anything else (malformed bytes, unknown or missing fields,
 *       another format version, another kind, a public key off the curve) throws {@link
 *       dev.tandem.domain.error.InvalidInputException}, whose message never repeats the material.
 *       {@code decode} does not modify or keep {@code encoded}.
 * </ul>
 */
public interface ShareCodecPort {

  /** The document of {@code share}; the caller owns and wipes the returned array. */
  byte[] encode(KeyShare share);

  /**
   * The share that {@code encoded} describes, which must be of kind {@code expected}.
   *
   * @throws dev.tandem.domain.error.InvalidInputException if the bytes are not such a document
   */
  <S extends KeyShare> S decode(byte[] encoded, Class<S> expected);
}
