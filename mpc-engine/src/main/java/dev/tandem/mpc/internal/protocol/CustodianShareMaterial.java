package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.protocol.SecretCodec.MalformedShareException;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The custodian's (P1's) share of a pair, the output of PROTOCOL.md §3 and §5: x1, the Paillier
 * secret key, {@code ckey = Enc_N(x1)}, its own ring-Pedersen secret on N (t and λ, §2.1), Q1, Q2
 * (so Q = Q1 + Q2) and the client's ring-Pedersen public parameters, plus the wallet id, pair id
 * and pair kind it belongs to.
 *
 * <p>Encoding, format 2 (all integers minimal, length-prefixed):
 *
 * <pre>
 * format (2) ‖ holder = 1 (custodian) ‖ kind (1 signing, 2 backup) ‖ wallet id ‖ pair id ‖
 * x1 (32, in [1, q)) ‖ Q1 (33) ‖ Q2 (33) ‖ Paillier p ‖ Paillier q ‖ ckey ‖ t ‖ λ ‖
 * client's N̂ ‖ s ‖ t
 * </pre>
 *
 * Decoding is strict: every check of the Paillier key, of ckey as a ciphertext under it, of both
 * ring-Pedersen parameter sets, x1·G = Q1, Q1 + Q2 not infinity, no trailing bytes. Format 1, which
 * predates the proven signing ciphertext (PROTOCOL.md §2.2), is refused.
 *
 * <p>Secret holder: final, redacted {@code toString}, no {@code equals}. {@link #destroy()} drops
 * the secret values (best effort: {@link BigInteger} cannot be wiped).
 */
public final class CustodianShareMaterial {

  static final int FORMAT = 2;
  static final int HOLDER = 1;

  private final String walletId;
  private final String pairId;
  private final PairKind kind;
  private final ECPoint q1;
  private final ECPoint q2;
  private final ECPoint publicKey;
  private final RingPedersenParameters clientRingPedersen;
  private final BigInteger ckey;
  private BigInteger x1;
  private PaillierSecretKey paillier;
  private RingPedersenSecret ownRingPedersen;

  CustodianShareMaterial(
      String walletId,
      String pairId,
      PairKind kind,
      BigInteger x1,
      PaillierSecretKey paillier,
      BigInteger ckey,
      RingPedersenSecret ownRingPedersen,
      ECPoint q1,
      ECPoint q2,
      RingPedersenParameters clientRingPedersen) {
    this.walletId = Wire.requireId(walletId, "walletId");
    this.pairId = Wire.requireId(pairId, "pairId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.x1 = Objects.requireNonNull(x1, "x1");
    this.paillier = Objects.requireNonNull(paillier, "paillier");
    this.ckey = Objects.requireNonNull(ckey, "ckey");
    this.ownRingPedersen = Objects.requireNonNull(ownRingPedersen, "ownRingPedersen");
    if (!ownRingPedersen.parameters().n().equals(paillier.publicKey().n())) {
      throw new IllegalArgumentException("the custodian's ring-Pedersen parameters are not on N");
    }
    this.q1 = Objects.requireNonNull(q1, "q1");
    this.q2 = Objects.requireNonNull(q2, "q2");
    this.clientRingPedersen = Objects.requireNonNull(clientRingPedersen, "clientRingPedersen");
    this.publicKey = Secp256k1.add(q1, q2);
    if (publicKey.isInfinity()) {
      throw new IllegalArgumentException("Q1 + Q2 is the point at infinity");
    }
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

  /** The client's ring-Pedersen parameters, verified at keygen. */
  public RingPedersenParameters clientRingPedersen() {
    return clientRingPedersen;
  }

  /** x1. Secret. */
  BigInteger secretX1() {
    requireLive();
    return x1;
  }

  /** The Paillier secret key. Secret. */
  PaillierSecretKey paillier() {
    requireLive();
    return paillier;
  }

  /** ckey = Enc_N(x1), as the client holds it. */
  BigInteger ckey() {
    return ckey;
  }

  /** The custodian's own ring-Pedersen secret on N (PROTOCOL.md §2.1). Secret. */
  RingPedersenSecret ownRingPedersen() {
    requireLive();
    return ownRingPedersen;
  }

  /** The encoding; the caller owns (and wipes) the array. */
  public byte[] encode() {
    requireLive();
    return new SecretCodec.Writer()
        .writeByte(FORMAT)
        .writeByte(HOLDER)
        .writeByte(kind.code())
        .writeUtf8(walletId)
        .writeUtf8(pairId)
        .writeScalar(x1)
        .writePoint(q1)
        .writePoint(q2)
        .writeUnsigned(paillier.secretPrimeP())
        .writeUnsigned(paillier.secretPrimeQ())
        .writeUnsigned(ckey)
        .writeUnsigned(ownRingPedersen.parameters().t())
        .writeUnsigned(ownRingPedersen.secretLambda())
        .writeUnsigned(clientRingPedersen.n())
        .writeUnsigned(clientRingPedersen.s())
        .writeUnsigned(clientRingPedersen.t())
        .finishAndWipe();
  }

  /**
   * Decodes and validates share material. Reads {@code encoded} in place and does not keep it: the
   * caller wipes it.
   *
   * @throws GeneralSecurityException if the material is malformed or inconsistent (the message
   *     names the field, never a value)
   */
  public static CustodianShareMaterial decode(byte[] encoded) throws GeneralSecurityException {
    SecretCodec.Reader reader = new SecretCodec.Reader(encoded);
    int format = reader.readByte();
    if (format != FORMAT) {
      throw new MalformedShareException(
          format == 1
              ? "share format 1 predates the proven signing protocol: provision a new pair"
              : "unsupported share format");
    }
    if (reader.readByte() != HOLDER) {
      throw new MalformedShareException("not a custodian share");
    }
    PairKind kind = PairKind.fromCode(reader.readByte());
    if (kind == null) {
      throw new MalformedShareException("unknown pair kind");
    }
    String walletId = readId(reader, "wallet id");
    String pairId = readId(reader, "pair id");
    BigInteger x1 = reader.readNonZeroScalar("x1");
    ECPoint q1 = reader.readPoint("Q1");
    ECPoint q2 = reader.readPoint("Q2");
    int primeBits = PaillierPublicKey.MAXIMUM_MODULUS_BITS / 2;
    BigInteger p = reader.readUnsigned(primeBits, "Paillier p");
    BigInteger q = reader.readUnsigned(primeBits, "Paillier q");
    BigInteger ckey = reader.readUnsigned(4 * primeBits, "ckey");
    BigInteger ownT = reader.readUnsigned(2 * primeBits, "own t");
    BigInteger ownLambda = reader.readUnsigned(RingPedersenSecret.SHORT_EXPONENT_BITS, "own λ");
    int rpBits = PaillierPublicKey.MAXIMUM_MODULUS_BITS;
    BigInteger nHat = reader.readUnsigned(rpBits, "N̂");
    BigInteger s = reader.readUnsigned(rpBits, "s");
    BigInteger t = reader.readUnsigned(rpBits, "t");
    reader.finish();
    if (!Secp256k1.multiplyBase(x1).equals(q1)) {
      throw new MalformedShareException("x1·G is not Q1");
    }
    if (Secp256k1.add(q1, q2).isInfinity()) {
      throw new MalformedShareException("Q1 + Q2 is the point at infinity");
    }
    PaillierSecretKey paillier = PaillierSecretKey.fromPrimes(p, q);
    paillier.publicKey().validateCiphertext(ckey);
    RingPedersenSecret own = RingPedersenSecret.restore(p, q, ownT, ownLambda);
    RingPedersenParameters ringPedersen = RingPedersenParameters.of(nHat, s, t);
    return new CustodianShareMaterial(
        walletId, pairId, kind, x1, paillier, ckey, own, q1, q2, ringPedersen);
  }

  static String readId(SecretCodec.Reader reader, String what) throws MalformedShareException {
    String value = reader.readUtf8(Wire.MAX_ID_BYTES, what);
    try {
      Wire.requireId(value, what);
    } catch (RuntimeException e) {
      throw new MalformedShareException(what + " is not a legal id");
    }
    return value;
  }

  /** Drops the secret values; later use throws {@link IllegalStateException}. */
  public synchronized void destroy() {
    x1 = null;
    if (paillier != null) {
      paillier.destroy();
      paillier = null;
    }
    if (ownRingPedersen != null) {
      ownRingPedersen.destroy();
      ownRingPedersen = null;
    }
  }

  private void requireLive() {
    if (x1 == null) {
      throw new IllegalStateException("custodian share material was destroyed");
    }
  }

  @Override
  public String toString() {
    return "CustodianShareMaterial[pair=" + pairId + ", kind=" + kind + ", secrets=redacted]";
  }
}
