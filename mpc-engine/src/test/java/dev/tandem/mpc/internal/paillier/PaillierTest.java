package dev.tandem.mpc.internal.paillier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.mpc.internal.Fixtures;
import dev.tandem.mpc.internal.encoding.ByteReader;
import dev.tandem.mpc.internal.encoding.ByteWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class PaillierTest {

  private static final SecureRandom RANDOM = Fixtures.RANDOM;
  private final PaillierSecretKey secretKey = Fixtures.paillier();
  private final PaillierPublicKey publicKey = secretKey.publicKey();
  private final BigInteger n = publicKey.n();

  @Test
  void generatedKeyHasTheRequiredShape() {
    BigInteger p = secretKey.secretPrimeP();
    BigInteger q = secretKey.secretPrimeQ();
    assertEquals(2048, publicKey.bitLength());
    assertEquals(1024, p.bitLength());
    assertEquals(1024, q.bitLength());
    assertEquals(3, p.mod(BigInteger.valueOf(4)).intValue());
    assertEquals(3, q.mod(BigInteger.valueOf(4)).intValue());
    assertTrue(p.isProbablePrime(64) && q.isProbablePrime(64));
    BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
    assertEquals(BigInteger.ONE, n.gcd(phi));
  }

  @Test
  void generates3072BitKeysOnADirectExecutor() {
    PaillierSecretKey key = new PaillierKeyGenerator(RANDOM, Runnable::run, 3072).generate();
    assertEquals(3072, key.publicKey().bitLength());
    assertThrows(IllegalArgumentException.class,
        () -> new PaillierKeyGenerator(RANDOM, Runnable::run, 1024));
  }

  @Test
  void decryptInvertsEncrypt() throws Exception {
    for (BigInteger m : new BigInteger[] {BigInteger.ZERO, BigInteger.ONE,
        new BigInteger(256, RANDOM), n.subtract(BigInteger.ONE)}) {
      assertEquals(m, secretKey.decrypt(publicKey.encrypt(m, RANDOM)));
      assertEquals(m, secretKey.decrypt(secretKey.encrypt(m, RANDOM)));
    }
  }

  @Test
  void crtAndPlainEncryptionAgree() {
    BigInteger m = new BigInteger(2000, RANDOM);
    BigInteger r = publicKey.randomUnit(RANDOM);
    assertEquals(publicKey.encrypt(m, r), secretKey.encrypt(m, r));
    assertEquals(r.modPow(n, publicKey.nSquared()), secretKey.nthPowerModNSquared(r));
    CrtModulus modN = secretKey.secretCrtModN();
    BigInteger e = new BigInteger(3000, RANDOM);
    assertEquals(r.modPow(e, n), modN.modPow(r, e));
    assertEquals(r.modPow(e.negate(), n), modN.modPow(r, e.negate()));
    BigInteger multipleOfP = secretKey.secretPrimeP().multiply(BigInteger.valueOf(7));
    assertEquals(multipleOfP.modPow(e, n), modN.modPow(multipleOfP, e));
  }

  @Test
  void homomorphicOperations() throws Exception {
    BigInteger a = new BigInteger(256, RANDOM);
    BigInteger b = new BigInteger(256, RANDOM);
    BigInteger k = new BigInteger(256, RANDOM);
    BigInteger ca = publicKey.encrypt(a, RANDOM);
    BigInteger cb = publicKey.encrypt(b, RANDOM);
    assertEquals(a.add(b), secretKey.decrypt(publicKey.add(ca, cb)));
    assertEquals(a.multiply(k).mod(n), secretKey.decrypt(publicKey.multiply(ca, k)));
    assertEquals(a.negate(), secretKey.decryptCentred(publicKey.multiply(ca, BigInteger.ONE
        .negate())));
    assertEquals(a.subtract(b), secretKey.decryptCentred(
        publicKey.add(ca, publicKey.multiply(cb, BigInteger.ONE.negate()))));
  }

  @Test
  void centredDecryptionCoversBothHalves() throws Exception {
    BigInteger half = n.shiftRight(1);
    assertEquals(half, secretKey.decryptCentred(publicKey.encrypt(half, RANDOM)));
    assertEquals(half.negate(),
        secretKey.decryptCentred(publicKey.encrypt(half.add(BigInteger.ONE), RANDOM)));
    assertEquals(BigInteger.valueOf(-5),
        secretKey.decryptCentred(publicKey.encrypt(BigInteger.valueOf(-5), RANDOM)));
  }

  @Test
  void ciphertextValidationRejectsNonUnits() {
    BigInteger nSquared = publicKey.nSquared();
    BigInteger p = secretKey.secretPrimeP();
    for (BigInteger bad : new BigInteger[] {null, BigInteger.ZERO, nSquared,
        nSquared.add(BigInteger.ONE), BigInteger.ONE.negate(), p, p.multiply(BigInteger.TEN),
        secretKey.secretPrimeQ().multiply(BigInteger.valueOf(3)), n}) {
      assertThrows(GeneralSecurityException.class, () -> publicKey.validateCiphertext(bad));
      assertThrows(GeneralSecurityException.class, () -> secretKey.decrypt(bad));
    }
  }

  @Test
  void publicKeyValidation() {
    assertThrows(GeneralSecurityException.class,
        () -> PaillierPublicKey.of(n.add(BigInteger.ONE)));
    assertThrows(GeneralSecurityException.class,
        () -> PaillierPublicKey.of(BigInteger.ONE.shiftLeft(2046).setBit(0)));
    assertThrows(GeneralSecurityException.class, () -> PaillierPublicKey.of(n, 3072));
    assertThrows(GeneralSecurityException.class,
        () -> PaillierPublicKey.of(BigInteger.ONE.shiftLeft(5000).setBit(0)));
    assertThrows(GeneralSecurityException.class, () -> PaillierPublicKey.of(null));
  }

  @Test
  void publicKeyRoundTrips() throws Exception {
    ByteWriter writer = new ByteWriter();
    publicKey.write(writer);
    ByteReader reader = new ByteReader(writer.toByteArray());
    assertEquals(publicKey, PaillierPublicKey.read(reader, 2048));
    reader.finish();
    assertThrows(GeneralSecurityException.class,
        () -> PaillierPublicKey.read(new ByteReader(writer.toByteArray()), 3072));
  }

  @Test
  void secretKeyFromPrimesValidates() throws Exception {
    BigInteger p = secretKey.secretPrimeP();
    BigInteger q = secretKey.secretPrimeQ();
    assertEquals(publicKey, PaillierSecretKey.fromPrimes(q, p).publicKey());
    assertThrows(GeneralSecurityException.class, () -> PaillierSecretKey.fromPrimes(p, p));
    assertThrows(GeneralSecurityException.class,
        () -> PaillierSecretKey.fromPrimes(p, BigInteger.TWO));
    assertThrows(GeneralSecurityException.class,
        () -> PaillierSecretKey.fromPrimes(p, BigInteger.valueOf(1000003)));
  }

  @Test
  void destroyedKeyRefusesToWork() throws Exception {
    PaillierSecretKey copy = PaillierSecretKey.fromPrimes(secretKey.secretPrimeP(),
        secretKey.secretPrimeQ());
    BigInteger c = publicKey.encrypt(BigInteger.TEN, RANDOM);
    assertEquals(BigInteger.TEN, copy.decrypt(c));
    copy.destroy();
    assertTrue(copy.isDestroyed());
    assertThrows(IllegalStateException.class, () -> copy.decrypt(c));
    assertThrows(IllegalStateException.class, copy::secretPrimeP);
    assertFalse(secretKey.isDestroyed());
  }

  @Test
  void randomUnitsDiffer() {
    assertNotEquals(publicKey.randomUnit(RANDOM), publicKey.randomUnit(RANDOM));
  }

  @Test
  void primePairsAreDistinctAndExactSize() {
    BigInteger[] pair = PrimeGenerator.distinctPair(512, false, RANDOM, ForkJoinPool.commonPool());
    assertNotEquals(pair[0], pair[1]);
    for (BigInteger prime : pair) {
      assertEquals(512, prime.bitLength());
      assertTrue(prime.testBit(510));
      assertTrue(prime.isProbablePrime(64));
    }
    assertEquals(1024, pair[0].multiply(pair[1]).bitLength());
  }
}
