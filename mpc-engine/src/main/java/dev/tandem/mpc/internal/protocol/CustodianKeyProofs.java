package dev.tandem.mpc.internal.protocol;

import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import dev.tandem.mpc.internal.zk.NoSmallFactorProof;
import dev.tandem.mpc.internal.zk.PaillierBlumModulusProof;
import dev.tandem.mpc.internal.zk.PaillierEncryptionOfDiscreteLogProof;
import dev.tandem.mpc.internal.zk.RingPedersenParameters;
import dev.tandem.mpc.internal.zk.RingPedersenSecret;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.Executor;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The custodian's Paillier key with its proofs, as keygen (PROTOCOL.md §3 step 2) and refresh (§5
 * step 4) send it: N, {@code ckey = Enc_N(x1)}, Π^mod(N), Π^fac(N) and Π^log*(ckey, Q1), the last
 * two against the client's ring-Pedersen parameters. Proving and verifying run the three proofs in
 * parallel on the engine's executor.
 */
final class CustodianKeyProofs {

  final BigInteger ckey;
  final PaillierBlumModulusProof modulusProof;
  final NoSmallFactorProof noSmallFactorProof;
  final PaillierEncryptionOfDiscreteLogProof encryptionProof;

  private CustodianKeyProofs(
      BigInteger ckey,
      PaillierBlumModulusProof modulusProof,
      NoSmallFactorProof noSmallFactorProof,
      PaillierEncryptionOfDiscreteLogProof encryptionProof) {
    this.ckey = ckey;
    this.modulusProof = modulusProof;
    this.noSmallFactorProof = noSmallFactorProof;
    this.encryptionProof = encryptionProof;
  }

  /**
   * Encrypts {@code x1} under {@code key} and proves everything about it.
   *
   * @param x1 the custodian's share, in [1, q)
   * @param q1 x1·G
   */
  static CustodianKeyProofs prove(
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
    Futures.Pending<NoSmallFactorProof> noSmallFactor =
        Futures.submit(
            executor, () -> NoSmallFactorProof.prove(context, key, clientParameters, random));
    Futures.Pending<PaillierEncryptionOfDiscreteLogProof> encryption =
        Futures.submit(
            executor,
            () ->
                PaillierEncryptionOfDiscreteLogProof.prove(
                    context, key, clientParameters, ckey, q1, x1, rho, random));
    PaillierBlumModulusProof modulus =
        PaillierBlumModulusProof.prove(context, key, random, executor);
    Futures.joinAll(noSmallFactor, encryption);
    return new CustodianKeyProofs(
        ckey, modulus, noSmallFactor.join(), encryption.join());
  }

  /**
   * The client's check of what the custodian sent: N a valid modulus of at least {@code
   * minimumModulusBits}, ckey a valid ciphertext, and the three proofs.
   *
   * @return the custodian's Paillier public key
   * @throws GeneralSecurityException naming the first failed check
   */
  static PaillierPublicKey verify(
      ProofContext context,
      BigInteger modulus,
      BigInteger ckey,
      PaillierBlumModulusProof modulusProof,
      NoSmallFactorProof noSmallFactorProof,
      PaillierEncryptionOfDiscreteLogProof encryptionProof,
      ECPoint q1,
      RingPedersenSecret own,
      int minimumModulusBits,
      Executor executor)
      throws GeneralSecurityException {
    PaillierPublicKey key = PaillierPublicKey.of(modulus, minimumModulusBits);
    key.validateCiphertext(ckey);
    Futures.Pending<Void> noSmallFactor =
        Futures.submitCheck(
            executor,
            "no-small-factor proof",
            () -> {
              noSmallFactorProof.verify(context, key, own);
              return null;
            });
    Futures.Pending<Void> encryption =
        Futures.submitCheck(
            executor,
            "encryption proof",
            () -> {
              encryptionProof.verify(context, key, own, ckey, q1);
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
    Futures.joinAll(noSmallFactor, encryption);
    if (modulusFailure != null) {
      throw modulusFailure;
    }
    return key;
  }
}
