package dev.tandem.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks Keccak256 against known answers and against Bouncy Castle's independent KeccakDigest. */
class Keccak256Test {
  private static final int RATE_BYTES = 136;

  @Test
  void emptyInput_hasKnownDigest() {
    assertEquals(
        "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        EthereumVectors.hex(Keccak256.hash(new byte[0])));
  }

  @Test
  void abc_hasKnownDigest() {
    assertEquals(
        "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        EthereumVectors.hex(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII))));
  }

  @Test
  void usesKeccakPadding_notSha3Padding() throws Exception {
    byte[] sha3OfEmpty = MessageDigest.getInstance("SHA3-256").digest(new byte[0]);
    assertNotEquals(EthereumVectors.hex(sha3OfEmpty), EthereumVectors.hex(Keccak256.hash(new byte[0])));
  }

  @Test
  void everyLengthUpTo1000_matchesBouncyCastle() {
    Random random = new Random(712);
    for (int length = 0; length <= 1000; length++) {
      byte[] input = new byte[length];
      random.nextBytes(input);
      assertArrayEquals(bouncyCastleKeccak(input), Keccak256.hash(input), "length " + length);
    }
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        RATE_BYTES - 2, RATE_BYTES - 1, RATE_BYTES, RATE_BYTES + 1,
        2 * RATE_BYTES - 1, 2 * RATE_BYTES, 2 * RATE_BYTES + 1, 10 * RATE_BYTES
      })
  void lengthsAroundTheRate_matchBouncyCastle(int length) {
    for (int fill : new int[] {0x00, 0x01, 0x80, 0xFF}) {
      byte[] input = new byte[length];
      Arrays.fill(input, (byte) fill);
      assertArrayEquals(bouncyCastleKeccak(input), Keccak256.hash(input), "fill " + fill);
    }
  }

  @Test
  void streamingInRandomPieces_matchesOneShot() {
    Random random = new Random(191);
    Keccak256 keccak = new Keccak256();
    for (int trial = 0; trial < 300; trial++) {
      byte[] input = new byte[random.nextInt(700)];
      random.nextBytes(input);
      int position = 0;
      while (position < input.length) {
        int piece = Math.min(input.length - position, random.nextInt(3) == 0 ? 1 : random.nextInt(200));
        if (piece == 1) {
          keccak.update(input[position]);
        } else {
          keccak.update(input, position, piece);
        }
        position += piece;
      }
      assertArrayEquals(bouncyCastleKeccak(input), keccak.digest(), "trial " + trial);
    }
  }

  @Test
  void digest_resetsTheInstanceForReuse() {
    Keccak256 keccak = new Keccak256();
    keccak.update("first".getBytes(StandardCharsets.US_ASCII)).digest();
    byte[] second = keccak.update("abc".getBytes(StandardCharsets.US_ASCII)).digest();
    assertArrayEquals(Keccak256.hash("abc".getBytes(StandardCharsets.US_ASCII)), second);
    assertArrayEquals(Keccak256.hash(new byte[0]), keccak.digest());
  }

  @Test
  void reset_discardsAbsorbedInput() {
    Keccak256 keccak = new Keccak256().update(new byte[500]);
    keccak.reset();
    assertArrayEquals(Keccak256.hash(new byte[0]), keccak.digest());
  }

  @Test
  void updateOutsideTheArray_isRejected() {
    Keccak256 keccak = new Keccak256();
    assertThrows(IndexOutOfBoundsException.class, () -> keccak.update(new byte[4], 2, 3));
    assertThrows(IndexOutOfBoundsException.class, () -> keccak.update(new byte[4], -1, 1));
  }

  private static byte[] bouncyCastleKeccak(byte[] input) {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(input, 0, input.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
