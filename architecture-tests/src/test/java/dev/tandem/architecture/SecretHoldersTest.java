package dev.tandem.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name tests of {@link SecretHolders}, on the names the project's secret types use. */
class SecretHoldersTest {

  @ParameterizedTest(name = "{0} named like a secret: {1}")
  @CsvSource({
    "ClientSigningShare, true",
    "CustodianBackupShare, true",
    "KeyShare, true",
    "PaillierSecretKey, true",
    "ExportedPrivateKey, true",
    "PrivateKey, true",
    "SecretKeySpec, true",
    "SessionNonce, true",
    "KeygenShares, true",
    "SigningSharePairId, false",
    "BackupSharePairId, false",
    "RevokeSigningSharePairCommand, false",
    "ListSigningSharePairsResult, false",
    "PublicKeyShare, false",
    "PaillierPublicKey, false",
    "SignRound2Nonce, false",
    "KeygenRound1Commitment, false",
    "CustodianSigningShareRecord, false",
    "ShareRecordRepositoryPort, false",
    "SchnorrProof, false",
    "EncryptedShareDocument, false",
    "ShareDocument, false",
    "SecretBytesPrivateKeyId, false",
    "WalletId, false",
    "Signature, false",
  })
  void namedLikeSecret(String simpleName, boolean expected) {
    assertEquals(expected, SecretHolders.isNamedLikeSecret(simpleName));
  }

  @ParameterizedTest(name = "{0} ({1}) named like a secret: {2}")
  @CsvSource({
    "privateScalar, BigInteger, true",
    "secret, byte[], true",
    "x1Share, BigInteger, true",
    "nonce, BigInteger, true",
    "nonce, byte[], false",
    "seed, byte[], true",
    "r, BigInteger, false",
    "x, BigInteger, false",
    "publicShare, BigInteger, false",
    "encryptedShare, byte[], false",
    "shareIndex, BigInteger, false",
    "nonceCommitment, BigInteger, false",
    "ciphertext, byte[], false",
  })
  void fieldNamedLikeSecret(String name, String type, boolean expected) {
    assertEquals(expected, SecretHolders.isNamedLikeSecretField(name, type.equals("BigInteger")));
  }
}
