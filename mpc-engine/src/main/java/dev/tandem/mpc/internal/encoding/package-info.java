/**
 * Canonical wire encoding of PROTOCOL.md §1.
 *
 * <p>Every variable-length item is prefixed by its 4-byte big-endian length. Integers are
 * big-endian magnitudes without leading zero bytes (zero is the empty magnitude); a signed integer
 * is a sign byte ({@code 0} for zero and positive values, {@code 1} for negative values) followed by
 * its magnitude, and "negative zero" is rejected. Fixed-size integers (4-byte lengths and counts,
 * the 8-byte signed timestamp of a first message) are big-endian two's complement. Points are 33-byte SEC1 compressed secp256k1
 * points, scalars are 32-byte big-endian values below the group order. Every read is bounded by
 * the caller, so a peer cannot make the reader allocate more than the field may hold, and
 * {@link dev.tandem.mpc.internal.encoding.ByteReader#finish()} rejects trailing bytes. Each valid
 * value therefore has exactly one encoding.
 */
package dev.tandem.mpc.internal.encoding;
