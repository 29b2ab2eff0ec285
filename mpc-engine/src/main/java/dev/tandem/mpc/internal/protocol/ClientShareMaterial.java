package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.protocol.SecretCodec.MalformedShareException;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The client's (P2's) share of a pair, the output of PROTOCOL.md §3 and §5: x2, the custodian's
 * Paillier public key N, {@code ckey = Enc_N(x1)} and the custodian's ring-Pedersen parameters on
 * N (§2.1), Q1, Q2 (so Q = Q1 + Q2) and the client's own ring-Pedersen secret, plus the wallet id,
 * pair id and pair kind it belongs to.
 *
 * <p>Encoding, format 2 (all integers minimal, length-prefixed):
 *
 * <pre>
 * format (2) ‖ holder = 2 (client) ‖ kind (1 signing, 2 backup) ‖ wallet id ‖ pair id ‖
 * x2 (32, in [1, q)) ‖ Q1 (33) ‖ Q2 (33) ‖ N ‖ ckey ‖ custodian's s ‖ custodian's t ‖
 * p̂ ‖ q̂ ‖ t ‖ λ ‖ s
 * </pre>
 *
 * Decoding is strict: N a valid Paillier modulus, ckey a valid ciphertext under it, (N, s, t) valid
 * ring-Pedersen parameters, x2·G = Q2,
 * Q1 + Q2 not infinity, N̂ = p̂·q̂ of an accepted size with t and s below it, no trailing bytes. The
 * ring-Pedersen secret is rebuilt, and checked against the stored s = t^λ, only when a refresh
 * needs it ({@link #ringPedersen()}), so that signing does not pay for the exponentiation. Format
 * 1, which predates the proven signing ciphertext (PROTOCOL.md §2.2), is refused.
 *
 * <p>Secret holder: final, redacted {@code toString}, no {@code equals}. {@link #destroy()} drops
 * the secret values (best effort: {@link BigInteger} cannot be wiped).
 */
public final class ClientShareMaterial {

  static final int FORMAT = 2;
  static final int HOLDER = 2;
  private static final int RING_PEDERSEN_PARTS = 5;

  private final String walletId;
  private final String pairId;
  private final PairKind kind;
  private final PaillierPublicKey paillier;
  private final BigInteger ckey;
  private final RingPedersenParameters custodianRingPedersen;
  private final ECPoint q1;
  private final ECPoint q2;
  private final ECPoint publicKey;
  private BigInteger x2;
  private BigInteger[] ringPedersenParts;
  private RingPedersenSecret ringPedersen;

  private ClientShareMaterial(
      String walletId,
      String pairId,
      PairKind kind,
      BigInteger x2,
      PaillierPublicKey paillier,
      BigInteger ckey,
      RingPedersenParameters custodianRingPedersen,
      ECPoint q1,
      ECPoint q2,
      BigInteger[] ringPedersenParts,
      RingPedersenSecret ringPedersen) {
    this.walletId = Wire.requireId(walletId, "walletId");
    this.pairId = Wire.requireId(pairId, "pairId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.x2 = Objects.requireNonNull(x2, "x2");
    this.paillier = Objects.requireNonNull(paillier, "paillier");
    this.ckey = Objects.requireNonNull(ckey, "ckey");
    this.custodianRingPedersen =
        Objects.requireNonNull(custodianRingPedersen, "custodianRingPedersen");
    if (!custodianRingPedersen.n().equals(paillier.n())) {
      throw new IllegalArgumentException("the custodian's ring-Pedersen parameters are not on N");
    }
    this.q1 = Objects.requireNonNull(q1, "q1");
    this.q2 = Objects.requireNonNull(q2, "q2");
    this.ringPedersenParts = ringPedersenParts;
    this.ringPedersen = ringPedersen;
    this.publicKey = Secp256k1.add(q1, q2);
    if (publicKey.isInfinity()) {
      throw new IllegalArgumentException("Q1 + Q2 is the point at infinity");
    }
  }

  /**
   * A share made by a protocol run. The ring-Pedersen secret is given as its parts {@code (p̂, q̂,
   * t, λ, s)} (see {@link #copyRingPedersenParts()}) so that no two shares hold the same secret
   * object, and destroying one never destroys the other.
   */
  static ClientShareMaterial of(
      String walletId,
      String pairId,
      PairKind kind,
      BigInteger x2,
      PaillierPublicKey paillier,
      BigInteger ckey,
      RingPedersenParameters custodianRingPedersen,
      ECPoint q1,
      ECPoint q2,
      BigInteger[] ringPedersenParts) {
    if (ringPedersenParts.length != RING_PEDERSEN_PARTS) {
      throw new IllegalArgumentException("ring-Pedersen secret has five parts");
    }
    return new ClientShareMaterial(
        walletId,
        pairId,
        kind,
        x2,
        paillier,
        ckey,
        custodianRingPedersen,
        q1,
        q2,
        ringPedersenParts.clone(),
        null);
  }

  /** A share made by keygen, with the ring-Pedersen secret it generated. */
  static ClientShareMaterial of(
      String walletId,
      String pairId,
      PairKind kind,
      BigInteger x2,
      PaillierPublicKey paillier,
      BigInteger ckey,
      RingPedersenParameters custodianRingPedersen,
      ECPoint q1,
      ECPoint q2,
      RingPedersenSecret ringPedersen) {
    Objects.requireNonNull(ringPedersen, "ringPedersen");
    return new ClientShareMaterial(
        walletId, pairId, kind, x2, paillier, ckey, custodianRingPedersen, q1, q2, null,
        ringPedersen);
  }

  public String walletId() {
    return walletId;
  }

  public String pairId() {
    return pairId;
  }

  public PairKind kind() {
    return kind;
  }

  public ECPoint q1() {
    return q1;
  }

  public ECPoint q2() {
    return q2;
  }

  /** Q = Q1 + Q2. */
  public ECPoint publicKey() {
    return publicKey;
  }

  /** The custodian's Paillier public key (proven at keygen or at the last refresh). */
  public PaillierPublicKey paillier() {
    return paillier;
  }

  /** ckey = Enc_N(x1), validated. */
  public BigInteger ckey() {
    return ckey;
  }

  /** The custodian's ring-Pedersen parameters on N, proven with Π^prm (PROTOCOL.md §2.1). */
  public RingPedersenParameters custodianRingPedersen() {
    return custodianRingPedersen;
  }

  /** x2. Secret. */
  BigInteger secretX2() {
    requireLive();
    return x2;
  }

  /**
   * The client's ring-Pedersen secret, rebuilt and checked on first use: every check of {@link
   * RingPedersenSecret#restore}, and t^λ equal to the stored s.
   *
   * @throws GeneralSecurityException if the stored parts are inconsistent
   */
  synchronized RingPedersenSecret ringPedersen() throws GeneralSecurityException {
    requireLive();
    if (ringPedersen == null) {
      RingPedersenSecret restored =
          RingPedersenSecret.restore(
              ringPedersenParts[0],
              ringPedersenParts[1],
              ringPedersenParts[2],
              ringPedersenParts[3]);
      if (!restored.parameters().s().equals(ringPedersenParts[4])) {
        restored.destroy();
        throw new MalformedShareException("ring-Pedersen s is not t^λ");
      }
      ringPedersen = restored;
      ringPedersenParts = null;
    }
    return ringPedersen;
  }

  /**
   * Checks the ring-Pedersen secret now (decoding defers it): refresh needs it, and a share whose
   * secret is damaged must be refused before a run starts, not blamed on the peer later.
   *
   * @throws GeneralSecurityException if the stored parts are inconsistent
   */
  public void validateRingPedersen() throws GeneralSecurityException {
    ringPedersen();
  }

  /** The ring-Pedersen secret as {@code (p̂, q̂, t, λ, s)}, in a new array. Secret. */
  synchronized BigInteger[] copyRingPedersenParts() {
    requireLive();
    if (ringPedersen != null) {
      return new BigInteger[] {
        ringPedersen.secretPrimeP(),
        ringPedersen.secretPrimeQ(),
        ringPedersen.parameters().t(),
        ringPedersen.secretLambda(),
        ringPedersen.parameters().s()
      };
    }
    return ringPedersenParts.clone();
  }

  /** The encoding; the caller owns (and wipes) the array. */
  public synchronized byte[] encode() {
    BigInteger[] parts = copyRingPedersenParts();
    BigInteger p = parts[0];
    BigInteger q = parts[1];
    BigInteger t = parts[2];
    BigInteger lambda = parts[3];
    BigInteger s = parts[4];
    return new SecretCodec.Writer()
        .writeByte(FORMAT)
        .writeByte(HOLDER)
        .writeByte(kind.code())
        .writeUtf8(walletId)
        .writeUtf8(pairId)
        .writeScalar(x2)
        .writePoint(q1)
        .writePoint(q2)
        .writeUnsigned(paillier.n())
        .writeUnsigned(ckey)
        .writeUnsigned(custodianRingPedersen.s())
        .writeUnsigned(custodianRingPedersen.t())
        .writeUnsigned(p)
        .writeUnsigned(q)
        .writeUnsigned(t)
        .writeUnsigned(lambda)
        .writeUnsigned(s)
        .finishAndWipe();
  }

  /**
   * Decodes and validates share material. Reads {@code encoded} in place and does not keep it: the
   * caller wipes it.
   *
   * @throws GeneralSecurityException if the material is malformed or inconsistent (the message
   *     names the field, never a value)
   */
  public static ClientShareMaterial decode(byte[] encoded) throws GeneralSecurityException {
    SecretCodec.Reader reader = new SecretCodec.Reader(encoded);
    int format = reader.readByte();
    if (format != FORMAT) {
      throw new MalformedShareException(
          format == 1
              ? "share format 1 predates the proven signing protocol: provision a new pair"
              : "unsupported share format");
    }
    if (reader.readByte() != HOLDER) {
      throw new MalformedShareException("not a client share");
    }
    PairKind kind = PairKind.fromCode(reader.readByte());
    if (kind == null) {
      throw new MalformedShareException("unknown pair kind");
    }
    String walletId = CustodianShareMaterial.readId(reader, "wallet id");
    String pairId = CustodianShareMaterial.readId(reader, "pair id");
    BigInteger x2 = reader.readNonZeroScalar("x2");
    ECPoint q1 = reader.readPoint("Q1");
    ECPoint q2 = reader.readPoint("Q2");
    int maxBits = PaillierPublicKey.MAXIMUM_MODULUS_BITS;
    BigInteger n = reader.readUnsigned(maxBits, "N");
    BigInteger ckey = reader.readUnsigned(2 * maxBits, "ckey");
    BigInteger custodianS = reader.readUnsigned(maxBits, "custodian's s");
    BigInteger custodianT = reader.readUnsigned(maxBits, "custodian's t");
    BigInteger p = reader.readUnsigned(maxBits / 2, "p̂");
    BigInteger q = reader.readUnsigned(maxBits / 2, "q̂");
    BigInteger t = reader.readUnsigned(maxBits, "t");
    BigInteger lambda = reader.readUnsigned(maxBits, "λ");
    BigInteger s = reader.readUnsigned(maxBits, "s");
    reader.finish();
    if (!Secp256k1.multiplyBase(x2).equals(q2)) {
      throw new MalformedShareException("x2·G is not Q2");
    }
    if (Secp256k1.add(q1, q2).isInfinity()) {
      throw new MalformedShareException("Q1 + Q2 is the point at infinity");
    }
    PaillierPublicKey paillier = PaillierPublicKey.of(n);
    paillier.validateCiphertext(ckey);
    RingPedersenParameters custodianRingPedersen =
        RingPedersenParameters.of(n, custodianS, custodianT);
    BigInteger nHat = p.multiply(q);
    if (nHat.bitLength() < RingPedersenParameters.MINIMUM_MODULUS_BITS
        || nHat.bitLength() > maxBits
        || t.signum() == 0
        || t.compareTo(nHat) >= 0
        || s.signum() == 0
        || s.compareTo(nHat) >= 0
        || lambda.signum() == 0
        || lambda.compareTo(nHat) >= 0) {
      throw new MalformedShareException("ring-Pedersen secret is out of range");
    }
    return new ClientShareMaterial(
        walletId,
        pairId,
        kind,
        x2,
        paillier,
        ckey,
        custodianRingPedersen,
        q1,
        q2,
        new BigInteger[] {p, q, t, lambda, s},
        null);
  }

  /** Drops the secret values; later use throws {@link IllegalStateException}. */
  public synchronized void destroy() {
    x2 = null;
    ringPedersenParts = null;
    if (ringPedersen != null) {
      ringPedersen.destroy();
      ringPedersen = null;
    }
  }

  private void requireLive() {
    if (x2 == null) {
      throw new IllegalStateException("client share material was destroyed");
    }
  }

  @Override
  public String toString() {
    return "ClientShareMaterial[pair=" + pairId + ", kind=" + kind + ", secrets=redacted]";
  }
}
