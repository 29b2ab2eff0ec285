package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import dev.tandem.mpc.internal.encoding.MalformedMessageException;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.zk.NoSmallFactorProof;
import dev.tandem.mpc.internal.zk.PaillierBlumModulusProof;
import dev.tandem.mpc.internal.zk.PaillierEncryptionOfDiscreteLogProof;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.RingPedersenParametersProof;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The custodian's Paillier key with everything proven about it, as keygen (PROTOCOL.md §3 step 2)
 * and refresh (§5 step 4) send it: N, {@code ckey = Enc_N(x1)}, Π^mod(N), Π^fac(N) and
 * Π^log*(ckey, Q1) against the client's ring-Pedersen parameters, and the custodian's own
 * ring-Pedersen {@code (s, t)} on N with their Π^prm (§2.1), against which the client proves its
 * signing ciphertexts. Proving and verifying run the four proofs in parallel on the engine's
 * executor.
 *
 * <p>Wire: N ‖ ckey ‖ Π^mod ‖ Π^fac ‖ Π^log* ‖ s ‖ t ‖ Π^prm. Parsed with size bounds only; {@link
 * #verify} validates every value.
 */
final class CustodianKeyProofs {

  final BigInteger modulus;
  final BigInteger ckey;
  final PaillierBlumModulusProof modulusProof;
  final NoSmallFactorProof noSmallFactorProof;
  final PaillierEncryptionOfDiscreteLogProof encryptionProof;
  final BigInteger ringPedersenS;
  final BigInteger ringPedersenT;
  final RingPedersenParametersProof ringPedersenProof;

  CustodianKeyProofs(
      BigInteger modulus,
      BigInteger ckey,
      PaillierBlumModulusProof modulusProof,
      NoSmallFactorProof noSmallFactorProof,
      PaillierEncryptionOfDiscreteLogProof encryptionProof,
      BigInteger ringPedersenS,
      BigInteger ringPedersenT,
      RingPedersenParametersProof ringPedersenProof) {
    this.modulus = Objects.requireNonNull(modulus, "modulus");
    this.ckey = Objects.requireNonNull(ckey, "ckey");
    this.modulusProof = Objects.requireNonNull(modulusProof, "modulusProof");
    this.noSmallFactorProof = Objects.requireNonNull(noSmallFactorProof, "noSmallFactorProof");
    this.encryptionProof = Objects.requireNonNull(encryptionProof, "encryptionProof");
    this.ringPedersenS = Objects.requireNonNull(ringPedersenS, "ringPedersenS");
    this.ringPedersenT = Objects.requireNonNull(ringPedersenT, "ringPedersenT");
    this.ringPedersenProof = Objects.requireNonNull(ringPedersenProof, "ringPedersenProof");
  }

  /** What the custodian proved, and the secret it keeps: its ring-Pedersen parameters on N. */
  static final class Proven {
    final CustodianKeyProofs proofs;
    final RingPedersenSecret ringPedersen;

    private Proven(CustodianKeyProofs proofs, RingPedersenSecret ringPedersen) {
      this.proofs = proofs;
      this.ringPedersen = ringPedersen;
    }
  }

  /** What the client accepted: the custodian's Paillier key and ring-Pedersen parameters. */
  static final class Verified {
    final PaillierPublicKey paillier;
    final RingPedersenParameters ringPedersen;

    private Verified(PaillierPublicKey paillier, RingPedersenParameters ringPedersen) {
      this.paillier = paillier;
      this.ringPedersen = ringPedersen;
    }
  }

  /**
   * Encrypts {@code x1} under {@code key}, makes the custodian's ring-Pedersen parameters on N,
   * and proves everything about them.
   *
   * @param x1 the custodian's share, in [1, q)
   * @param q1 x1·G
   */
  static Proven prove(
      ProofContext context,
      PaillierSecretKey key,
      RingPedersenParameters clientParameters,
      BigInteger x1,
      ECPoint q1,
      SecureRandom random,
      Executor executor)
      throws GeneralSecurityException {
    BigInteger rho = key.publicKey().randomUnit(random);
    BigInteger ckey = key.encrypt(x1, rho);
    RingPedersenSecret own =
        RingPedersenSecret.onPaillierPrimes(key.secretPrimeP(), key.secretPrimeQ(), random);
    Futures.Pending<NoSmallFactorProof> noSmallFactor =
        Futures.submit(
            executor, () -> NoSmallFactorProof.prove(context, key, clientParameters, random));
    Futures.Pending<PaillierEncryptionOfDiscreteLogProof> encryption =
        Futures.submit(
            executor,
            () ->
                PaillierEncryptionOfDiscreteLogProof.prove(
                    context, key, clientParameters, ckey, q1, x1, rho, random));
    Futures.Pending<RingPedersenParametersProof> ringPedersen =
        Futures.submit(
            executor, () -> RingPedersenParametersProof.prove(context, own, random, executor));
    PaillierBlumModulusProof modulus =
        PaillierBlumModulusProof.prove(context, key, random, executor);
    try {
      Futures.joinAll(noSmallFactor, encryption, ringPedersen);
    } catch (GeneralSecurityException | RuntimeException e) {
      own.destroy();
      throw e;
    }
    RingPedersenParameters ownParameters = own.parameters();
    return new Proven(
        new CustodianKeyProofs(
            key.publicKey().n(),
            ckey,
            modulus,
            noSmallFactor.join(),
            encryption.join(),
            ownParameters.s(),
            ownParameters.t(),
            ringPedersen.join()),
        own);
  }

  /**
   * The client's check: N a valid modulus of at least {@code minimumModulusBits}, ckey a valid
   * ciphertext, (N, s, t) valid ring-Pedersen parameters, and the four proofs.
   *
   * @throws GeneralSecurityException naming the first failed check
   */
  Verified verify(
      ProofContext context,
      ECPoint q1,
      RingPedersenSecret clientOwn,
      int minimumModulusBits,
      Executor executor)
      throws GeneralSecurityException {
    PaillierPublicKey key = PaillierPublicKey.of(modulus, minimumModulusBits);
    key.validateCiphertext(ckey);
    RingPedersenParameters custodianParameters =
        RingPedersenParameters.of(modulus, ringPedersenS, ringPedersenT);
    Futures.Pending<Void> noSmallFactor =
        Futures.submitCheck(
            executor,
            "no-small-factor proof",
            () -> {
              noSmallFactorProof.verify(context, key, clientOwn);
              return null;
            });
    Futures.Pending<Void> encryption =
        Futures.submitCheck(
            executor,
            "encryption proof",
            () -> {
              encryptionProof.verify(context, key, clientOwn, ckey, q1);
              return null;
            });
    Futures.Pending<Void> ringPedersen =
        Futures.submitCheck(
            executor,
            "custodian ring-Pedersen parameters proof",
            () -> {
              ringPedersenProof.verify(context, custodianParameters, executor);
              return null;
            });
    GeneralSecurityException modulusFailure = null;
    try {
      Futures.check(
          "modulus proof",
          () -> {
            modulusProof.verify(context, key, executor);
            return null;
          });
    } catch (GeneralSecurityException e) {
      modulusFailure = e;
    }
    Futures.joinAll(noSmallFactor, encryption, ringPedersen);
    if (modulusFailure != null) {
      throw modulusFailure;
    }
    return new Verified(key, custodianParameters);
  }

  void write(ByteWriter writer) {
    writer.writeUnsigned(modulus).writeUnsigned(ckey);
    modulusProof.write(writer);
    noSmallFactorProof.write(writer);
    encryptionProof.write(writer);
    writer.writeUnsigned(ringPedersenS).writeUnsigned(ringPedersenT);
    ringPedersenProof.write(writer);
  }

  static CustodianKeyProofs read(ByteReader reader) throws MalformedMessageException {
    BigInteger modulus = reader.readUnsigned(Messages.MAX_MODULUS_BITS);
    BigInteger ckey = reader.readUnsigned(Messages.MAX_CIPHERTEXT_BITS);
    PaillierBlumModulusProof modulusProof = PaillierBlumModulusProof.read(reader);
    NoSmallFactorProof noSmallFactorProof = NoSmallFactorProof.read(reader);
    PaillierEncryptionOfDiscreteLogProof encryptionProof =
        PaillierEncryptionOfDiscreteLogProof.read(reader);
    BigInteger s = reader.readUnsigned(Messages.MAX_MODULUS_BITS);
    BigInteger t = reader.readUnsigned(Messages.MAX_MODULUS_BITS);
    RingPedersenParametersProof ringPedersenProof = RingPedersenParametersProof.read(reader);
    return new CustodianKeyProofs(
        modulus, ckey, modulusProof, noSmallFactorProof, encryptionProof, s, t, ringPedersenProof);
  }
}
