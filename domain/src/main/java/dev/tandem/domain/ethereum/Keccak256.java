package dev.tandem.domain.ethereum;

import java.util.Arrays;
import java.util.Objects;

/**
 * Keccak-256 as Ethereum uses it: the Keccak sponge of the SHA-3 submission (Keccak-f[1600], rate
 * 1088 bits, capacity 512 bits, 256-bit output) with the <em>original</em> Keccak padding {@code
 * 0x01 … 0x80}. This is not FIPS 202 SHA3-256, whose domain-separation padding {@code 0x06} gives
 * different digests; the JDK's {@code MessageDigest.getInstance("SHA3-256")} cannot stand in for it.
 *
 * <p>Use {@link #hash(byte[])} for one input, or an instance with {@link #update} and {@link
 * #digest()} to hash input that arrives in pieces. An instance is not thread-safe; {@link #digest()}
 * resets it for reuse.
 */
public final class Keccak256 {
  /** Bytes in a digest. */
  public static final int DIGEST_LENGTH = 32;

  /** Bytes absorbed per permutation: (1600 - 2 * 256) / 8. */
  private static final int RATE_BYTES = 136;

  private static final int LANES = 25;
  private static final int ROUNDS = 24;

  private static final long[] ROUND_CONSTANTS = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
    0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
    0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
    0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
    0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
  };

  /** The rho rotation of lane (x, y), indexed x + 5y. */
  private static final int[] ROTATIONS = {
    0, 1, 62, 28, 27,
    36, 44, 6, 55, 20,
    3, 10, 43, 25, 39,
    41, 45, 15, 21, 8,
    18, 2, 61, 56, 14,
  };

  /** The state A[x + 5y], each lane little-endian as the specification reads bytes into lanes. */
  private final long[] state = new long[LANES];

  /** How many bytes of the current block have been absorbed (XORed into the state). */
  private int blockOffset;

  /** A fresh hash with no input absorbed. */
  public Keccak256() {}

  /** The Keccak-256 digest of {@code input}. */
  public static byte[] hash(byte[] input) {
    return new Keccak256().update(input).digest();
  }

  /** Absorbs one byte. */
  public Keccak256 update(byte input) {
    absorb(input);
    return this;
  }

  /** Absorbs all of {@code input}. */
  public Keccak256 update(byte[] input) {
    Objects.requireNonNull(input, "input");
    return update(input, 0, input.length);
  }

  /** Absorbs {@code length} bytes of {@code input} from {@code offset}. */
  public Keccak256 update(byte[] input, int offset, int length) {
    Objects.requireNonNull(input, "input");
    Objects.checkFromIndexSize(offset, length, input.length);
    for (int i = offset; i < offset + length; i++) {
      absorb(input[i]);
    }
    return this;
  }

  /** Pads, finishes and returns the 32-byte digest, then resets this instance to the empty input. */
  public byte[] digest() {
    xorByteIntoState(blockOffset, (byte) 0x01);
    xorByteIntoState(RATE_BYTES - 1, (byte) 0x80);
    permute(state);

    byte[] out = new byte[DIGEST_LENGTH];
    for (int i = 0; i < DIGEST_LENGTH; i++) {
      out[i] = (byte) (state[i >>> 3] >>> (8 * (i & 7)));
    }
    reset();
    return out;
  }

  /** Discards everything absorbed so far. */
  public void reset() {
    Arrays.fill(state, 0L);
    blockOffset = 0;
  }

  private void absorb(byte input) {
    xorByteIntoState(blockOffset, input);
    blockOffset++;
    if (blockOffset == RATE_BYTES) {
      permute(state);
      blockOffset = 0;
    }
  }

  private void xorByteIntoState(int position, byte input) {
    state[position >>> 3] ^= (input & 0xFFL) << (8 * (position & 7));
  }

  /** Keccak-f[1600]: 24 rounds of theta, rho, pi, chi and iota. */
  private static void permute(long[] a) {
    long[] c = new long[5];
    long[] b = new long[LANES];
    for (int round = 0; round < ROUNDS; round++) {
      // theta: XOR each lane with the parities of two neighbouring columns.
      for (int x = 0; x < 5; x++) {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < LANES; y += 5) {
          a[x + y] ^= d;
        }
      }
      // rho and pi: rotate each lane and move (x, y) to (y, 2x + 3y).
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          int from = x + 5 * y;
          b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[from], ROTATIONS[from]);
        }
      }
      // chi: the only non-linear step, along each row.
      for (int y = 0; y < LANES; y += 5) {
        for (int x = 0; x < 5; x++) {
          a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        }
      }
      // iota: break the symmetry between rounds.
      a[0] ^= ROUND_CONSTANTS[round];
    }
  }
}
