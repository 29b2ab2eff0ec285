package dev.tandem.mpc.internal.protocol;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A reproducible random source for tests: SHA-256 in counter mode over a seed. Two instances with
 * the same seed produce the same stream, so an honest party re-created with it sends the same
 * messages again, byte for byte (as long as it draws from one thread).
 */
final class DeterministicRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;

  private final long seed;
  private long counter;
  private final byte[] block = new byte[32];
  private int offset = block.length;

  DeterministicRandom(long seed) {
    this.seed = seed;
  }

  @Override
  public synchronized void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (offset == block.length) {
        refill();
      }
      bytes[i] = block[offset++];
    }
  }

  @Override
  public byte[] generateSeed(int numBytes) {
    byte[] out = new byte[numBytes];
    nextBytes(out);
    return out;
  }

  @Override
  public void setSeed(long ignored) {
    // The stream depends on the constructor's seed only.
  }

  @Override
  public void setSeed(byte[] ignored) {
    // The stream depends on the constructor's seed only.
  }

  private void refill() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ByteBuffer.allocate(16).putLong(seed).putLong(counter++).array());
      System.arraycopy(sha.digest(), 0, block, 0, block.length);
      offset = 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "DeterministicRandom";
  }
}
