package dev.tandem.mpc.internal.zk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.HashCommitment;
import dev.tandem.mpc.internal.ProofContext;
import dev.tandem.mpc.internal.curve.Secp256k1;
import dev.tandem.mpc.internal.paillier.PaillierPublicKey;
import dev.tandem.mpc.internal.paillier.PaillierSecretKey;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/**
 * No secret value, in decimal or hex, appears in the {@code toString} of keys, nonces and proofs,
 * nor in the message of a failed verification.
 */
class SecretRedactionTest {

  private final PaillierSecretKey key = Fixtures.paillier();
  private final PaillierPublicKey publicKey = key.publicKey();
  private final RingPedersenSecret ringPedersen = Fixtures.ringPedersen();
  private final RingPedersenSecret ringPedersenOnN =
      RingPedersenSecret.onPaillierPrimes(key.secretPrimeP(), key.secretPrimeQ(), Fixtures.RANDOM);
  private final ProofContext context = Fixtures.custodianToClient(Fixtures.sessionId());

  @Test
  void noSecretInToStringOrExceptionMessages() throws Exception {
    BigInteger x = Secp256k1.randomScalar(Fixtures.RANDOM);
    ECPoint point = Secp256k1.multiplyBase(x);
    BigInteger rho = publicKey.randomUnit(Fixtures.RANDOM);
    BigInteger ciphertext = key.encrypt(x, rho);
    ECPoint r2 = Secp256k1.multiplyBase(Secp256k1.randomScalar(Fixtures.RANDOM));
    SigningCiphertextProof.Prover prover =
        SigningCiphertextProof.Prover.draw(
            publicKey, ciphertext, ringPedersenOnN.parameters(), r2, Fixtures.RANDOM);
    HashCommitment commitment = HashCommitment.commit("t", context.sessionId(), "s",
        new byte[] {1}, Fixtures.RANDOM);

    List<BigInteger> secrets = new ArrayList<>(List.of(
        key.secretPrimeP(), key.secretPrimeQ(),
        ringPedersen.secretPrimeP(), ringPedersen.secretPrimeQ(),
        ringPedersen.secretLambda(), ringPedersen.secretPhi(),
        x, rho, prover.secretMask(),
        new BigInteger(1, commitment.randomness())));

    List<String> texts = new ArrayList<>();
    texts.add(key.toString());
    texts.add(publicKey.toString());
    texts.add(ringPedersen.toString());
    texts.add(ringPedersen.parameters().toString());
    texts.add(prover.toString());
    texts.add(commitment.toString());
    texts.add(key.secretCrtModN().toString());
    texts.add(context.toString());

    SchnorrProof schnorr = SchnorrProof.prove(context, x, Fixtures.RANDOM);
    texts.add(schnorr.toString());
    NoSmallFactorProof fac = NoSmallFactorProof.prove(context, key, ringPedersen.parameters(),
        Fixtures.RANDOM);
    texts.add(fac.toString());
    PaillierEncryptionOfDiscreteLogProof logStar = PaillierEncryptionOfDiscreteLogProof.prove(
        context, key, ringPedersen.parameters(), ciphertext, point, x, rho, Fixtures.RANDOM);
    texts.add(logStar.toString());
    PaillierBlumModulusProof mod = PaillierBlumModulusProof.prove(context, key, Fixtures.RANDOM);
    texts.add(mod.toString());
    RingPedersenParametersProof prm = RingPedersenParametersProof.prove(context, ringPedersen,
        Fixtures.RANDOM);
    texts.add(prm.toString());

    ProofContext wrong = Fixtures.swapped(context);
    texts.add(message(() -> schnorr.verify(wrong, point)));
    texts.add(message(() -> fac.verify(wrong, publicKey, ringPedersen)));
    texts.add(message(() -> logStar.verify(wrong, publicKey, ringPedersen, ciphertext, point)));
    texts.add(message(() -> mod.verify(wrong, publicKey)));
    texts.add(message(() -> prm.verify(wrong, ringPedersen.parameters())));
    texts.add(message(() -> publicKey.validateCiphertext(key.secretPrimeP())));
    texts.add(message(() -> key.decrypt(key.secretPrimeQ())));
    texts.add(message(() -> PaillierSecretKey.fromPrimes(key.secretPrimeP(),
        key.secretPrimeP())));
    texts.add(message(() -> RingPedersenSecret.restore(ringPedersen.secretPrimeP(),
        ringPedersen.secretPrimeQ(), ringPedersen.parameters().t(), BigInteger.ZERO)));
    texts.add(message(() -> HashCommitment.verifyOpening(commitment.commitment(), "u",
        context.sessionId(), "s", new byte[] {1}, commitment.randomness())));

    for (String text : texts) {
      for (BigInteger secret : secrets) {
        assertFalse(text.contains(secret.toString()), text);
        assertFalse(text.contains(secret.toString(16)), text);
        assertFalse(text.toLowerCase().contains(Hex.toHexString(secret.toByteArray())), text);
      }
    }
  }

  private interface Check {
    void run() throws Exception;
  }

  private static String message(Check check) {
    GeneralSecurityException e = assertThrows(GeneralSecurityException.class, check::run);
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}
