package dev.tandem.application.backup;

import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.BackupEncryptionKey;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over the client backup share (JCE {@code AES/GCM/NoPadding}): a fresh 96-bit nonce
 * from {@link SecureRandom} for every encryption, a 128-bit tag, and the backup's header (magic,
 * version, wallet id, backup pair id, key id) as associated data. See {@link EncryptedClientBackup}
 * for the format.
 *
 * <p>Every key is used for one backup only (a fresh key per backup and per rotation), so the nonce
 * never repeats under a key in practice.
 *
 * <p>Secrets: the key bytes revealed for the JCE are wiped in {@code finally}; the JCE's own copies
 * inside {@link SecretKeySpec} and the {@link Cipher} cannot be wiped from here (the JDK offers no
 * way), and live until collected.
 */
public final class BackupCipher {
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int TAG_BITS = 8 * EncryptedClientBackup.TAG_LENGTH;

  private final SecureRandom random;

  @Inject
  public BackupCipher(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Encrypts {@code plaintext} (the encoded client backup share) for the given ids. Does not modify
   * or keep {@code plaintext}: the caller wipes it.
   */
  public EncryptedClientBackup encrypt(
      WalletId walletId,
      BackupSharePairId backupPairId,
      BackupKeyId keyId,
      BackupEncryptionKey key,
      byte[] plaintext) {
    Objects.requireNonNull(walletId, "walletId");
    Objects.requireNonNull(backupPairId, "backupPairId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(plaintext, "plaintext");
    byte[] nonce = new byte[EncryptedClientBackup.NONCE_LENGTH];
    random.nextBytes(nonce);
    byte[] header = EncryptedClientBackup.header(walletId, backupPairId, keyId);
    byte[] keyBytes = key.secret().revealCopy();
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(keyBytes, "AES"),
          new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header);
      byte[] sealed = cipher.doFinal(plaintext);
      return EncryptedClientBackup.of(walletId, backupPairId, keyId, nonce, sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JDK", e);
    } finally {
      Arrays.fill(keyBytes, (byte) 0);
    }
  }

  /**
   * Checks the tag over header and ciphertext and returns the plaintext: a fresh array the caller
   * wipes in {@code finally}. GCM releases no plaintext unless the whole ciphertext authenticates.
   *
   * @throws dev.tandem.domain.error.BackupCiphertextInvalidException for a wrong key or any change
   *     to the bytes, with the one message of {@link EncryptedClientBackup#invalid()}
   */
  public byte[] decrypt(EncryptedClientBackup backup, BackupEncryptionKey key) {
    Objects.requireNonNull(backup, "backup");
    Objects.requireNonNull(key, "key");
    byte[] keyBytes = key.secret().revealCopy();
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE,
          new SecretKeySpec(keyBytes, "AES"),
          new GCMParameterSpec(TAG_BITS, backup.nonce()));
      cipher.updateAAD(backup.header());
      return cipher.doFinal(backup.sealed());
    } catch (AEADBadTagException e) {
      throw EncryptedClientBackup.invalid();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM is not available in this JDK", e);
    } finally {
      Arrays.fill(keyBytes, (byte) 0);
    }
  }
}
