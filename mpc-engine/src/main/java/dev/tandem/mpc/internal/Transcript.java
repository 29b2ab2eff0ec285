package dev.tandem.mpc.internal;

import dev.tandem.mpc.internal.curve.Secp256k1;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The Fiat–Shamir transcript of PROTOCOL.md §1.
 *
 * <p>SHA-512 over a sequence of items, each prefixed by its 4-byte big-endian length: the domain
 * tag {@code "tandem/v1"}, the protocol name, the proof name, the round (4 bytes), the session id,
 * the prover id, the verifier id, then each statement element as a (label, value) pair of items.
 * Integers are a sign byte ({@code 0} non-negative, {@code 1} negative) followed by the minimal
 * big-endian magnitude; points are 33-byte compressed.
 *
 * <p>Immutable: every {@code append} returns a new transcript and leaves this one unchanged, so two
 * proofs can never share state by accident and a verifier can fork a common prefix.
 *
 * <p>Challenges are derived from the digest {@code d} of the transcript by counter-mode expansion,
 * one independent stream per challenge label: block {@code j} of the stream for label {@code L} is
 * {@code SHA-512(item("tandem/v1/challenge") ‖ item(d) ‖ item(L) ‖ j)}, {@code j} a 4-byte counter.
 * Every derivation is unbiased or has bias at most 2^-128 (see each method).
 */
public final class Transcript {

  /** The domain separation tag. */
  public static final String DOMAIN = "tandem/v1";

  private static final byte[] CHALLENGE_TAG =
      "tandem/v1/challenge".getBytes(StandardCharsets.US_ASCII);

  /** The state after every item so far; never updated after construction, only cloned. */
  private final MessageDigest state;

  private Transcript(MessageDigest state) {
    this.state = state;
  }

  /** Starts the transcript of proof {@code proofName} made under {@code context}. */
  public static Transcript start(ProofContext context, String proofName) {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(proofName, "proofName");
    if (proofName.isEmpty()) {
      throw new IllegalArgumentException("proofName must not be empty");
    }
    MessageDigest digest = sha512();
    item(digest, DOMAIN.getBytes(StandardCharsets.UTF_8));
    item(digest, context.protocol().getBytes(StandardCharsets.UTF_8));
    item(digest, proofName.getBytes(StandardCharsets.UTF_8));
    item(digest, intBytes(context.round()));
    item(digest, context.sessionId());
    item(digest, context.proverId().getBytes(StandardCharsets.UTF_8));
    item(digest, context.verifierId().getBytes(StandardCharsets.UTF_8));
    return new Transcript(digest);
  }

  /** A new transcript with the statement element {@code (label, value)} appended. */
  public Transcript append(String label, byte[] value) {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(value, "value");
    MessageDigest next = fork();
    item(next, label.getBytes(StandardCharsets.UTF_8));
    item(next, value);
    return new Transcript(next);
  }

  /** Appends an integer (sign byte and minimal magnitude). */
  public Transcript append(String label, BigInteger value) {
    Objects.requireNonNull(value, "value");
    byte[] magnitude = magnitude(value.abs());
    byte[] encoded = new byte[magnitude.length + 1];
    encoded[0] = (byte) (value.signum() < 0 ? 1 : 0);
    System.arraycopy(magnitude, 0, encoded, 1, magnitude.length);
    return append(label, encoded);
  }

  /** Appends a point in compressed form; the point at infinity is refused. */
  public Transcript append(String label, ECPoint point) {
    return append(label, Secp256k1.encodePoint(point));
  }

  /** Appends a 4-byte integer (a count, a bit size). */
  public Transcript append(String label, int value) {
    return append(label, intBytes(value));
  }

  /** The SHA-512 digest of everything appended so far. */
  public byte[] digest() {
    return fork().digest();
  }

  /** A challenge scalar mod q: 512 expanded bits reduced mod q (bias below 2^-256). */
  public BigInteger challengeScalar(String label) {
    return new BigInteger(1, stream(label).next(64)).mod(Secp256k1.order());
  }

  /**
   * A challenge uniform in {@code [-bound, bound]}, by rejection sampling (exactly unbiased).
   * CGGMP21's "e ← ±q" is {@code challengeSigned(label, q)}.
   */
  public BigInteger challengeSigned(String label, BigInteger bound) {
    Objects.requireNonNull(bound, "bound");
    if (bound.signum() <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    BigInteger size = bound.shiftLeft(1).add(BigInteger.ONE);
    int bits = size.bitLength();
    Stream stream = stream(label);
    while (true) {
      BigInteger candidate = stream.nextBits(bits);
      if (candidate.compareTo(size) < 0) {
        return candidate.subtract(bound);
      }
    }
  }

  /** {@code m} independent uniform challenge bits. */
  public boolean[] challengeBits(String label, int m) {
    if (m <= 0) {
      throw new IllegalArgumentException("m must be positive");
    }
    byte[] bytes = stream(label).next((m + 7) / 8);
    boolean[] bits = new boolean[m];
    for (int i = 0; i < m; i++) {
      bits[i] = ((bytes[i >>> 3] >>> (i & 7)) & 1) == 1;
    }
    return bits;
  }

  /**
   * {@code m} elements of Z*_N: each is |N|+128 expanded bits reduced mod N (bias below 2^-128),
   * rejected and redrawn when not coprime to N.
   */
  public BigInteger[] challengeUnits(String label, BigInteger modulus, int m) {
    Objects.requireNonNull(modulus, "modulus");
    if (modulus.compareTo(BigInteger.TWO) <= 0) {
      throw new IllegalArgumentException("modulus must be greater than 2");
    }
    if (m <= 0) {
      throw new IllegalArgumentException("m must be positive");
    }
    int bits = modulus.bitLength() + 128;
    Stream stream = stream(label);
    BigInteger[] units = new BigInteger[m];
    for (int i = 0; i < m; i++) {
      BigInteger candidate;
      do {
        candidate = stream.nextBits(bits).mod(modulus);
      } while (!candidate.gcd(modulus).equals(BigInteger.ONE));
      units[i] = candidate;
    }
    return units;
  }

  private Stream stream(String label) {
    Objects.requireNonNull(label, "label");
    return new Stream(digest(), label.getBytes(StandardCharsets.UTF_8));
  }

  private MessageDigest fork() {
    try {
      return (MessageDigest) state.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-512 implementation cannot be cloned", e);
    }
  }

  private static MessageDigest sha512() {
    try {
      return MessageDigest.getInstance("SHA-512");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-512 is not available", e);
    }
  }

  private static void item(MessageDigest digest, byte[] value) {
    digest.update(intBytes(value.length));
    digest.update(value);
  }

  private static byte[] intBytes(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  private static byte[] magnitude(BigInteger nonNegative) {
    if (nonNegative.signum() == 0) {
      return new byte[0];
    }
    byte[] bytes = nonNegative.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  /** Counter-mode SHA-512 expansion of (digest, label). */
  private static final class Stream {
    private final byte[] seed;
    private final byte[] label;
    private int counter;
    private byte[] block = new byte[0];
    private int offset;

    Stream(byte[] seed, byte[] label) {
      this.seed = seed;
      this.label = label;
    }

    byte[] next(int length) {
      byte[] out = new byte[length];
      int written = 0;
      while (written < length) {
        if (offset == block.length) {
          MessageDigest digest = sha512();
          item(digest, CHALLENGE_TAG);
          item(digest, seed);
          item(digest, label);
          digest.update(intBytes(counter++));
          block = digest.digest();
          offset = 0;
        }
        int take = Math.min(length - written, block.length - offset);
        System.arraycopy(block, offset, out, written, take);
        offset += take;
        written += take;
      }
      return out;
    }

    /** A uniform non-negative integer of at most {@code bits} bits. */
    BigInteger nextBits(int bits) {
      int bytes = (bits + 7) / 8;
      byte[] raw = next(bytes);
      int excess = bytes * 8 - bits;
      raw[0] &= (byte) (0xff >>> excess);
      return new BigInteger(1, raw);
    }
  }
}
