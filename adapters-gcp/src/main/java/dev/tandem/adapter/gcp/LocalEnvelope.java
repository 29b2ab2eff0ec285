package dev.tandem.adapter.gcp;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption done locally: each secret gets a fresh random 256-bit data key; the secret
 * is encrypted with AES-256-GCM under the data key, and the data key is encrypted (wrapped) with
 * AES-256-GCM under the configured {@link KeyEncryptionKey}. Both use a fresh 96-bit random nonce
 * and the {@link RecordBinding} as associated data, so neither the ciphertext nor the wrapped key
 * can be moved to another record, wallet or record type, nor opened once any other field of its
 * document has been edited.
 *
 * <p>{@link #ALGORITHM} names the cipher construction, which is unchanged since v1; what the
 * associated data holds is versioned separately, by {@link RecordBinding#LABEL} and the document
 * format. The envelope's own fields (algorithm, KEK id, wrapped key, ciphertext) are not associated
 * data: the first two are checked before opening, the last two are what the tags authenticate.
 *
 * <p>A nonce collision under one key would break GCM. Data keys encrypt exactly one message, so
 * only the key-encryption key sees many nonces: at 2^32 wraps the chance of a collision among
 * random 96-bit nonces is about 2^-33, the bound NIST SP 800-38D sets for random nonces. Rotate the
 * key-encryption key long before that many records are written.
 *
 * <p>Thread-safe: every call makes its own ciphers.
 */
final class LocalEnvelope {
  static final String ALGORITHM = "AES-256-GCM/AES-256-GCM-KW/v1";

  private static final int KEY_LENGTH = 32;
  private static final int NONCE_LENGTH = 12;
  private static final int TAG_BITS = 128;

  private final KeyEncryptionKey kek;
  private final SecureRandom random;

  LocalEnvelope(KeyEncryptionKey kek, SecureRandom random) {
    this.kek = Objects.requireNonNull(kek, "kek");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Seals {@code plaintext}; the caller keeps (and wipes) its array. */
  Sealed seal(byte[] plaintext, RecordBinding binding) {
    byte[] aad = binding.associatedData();
    byte[] dataKey = new byte[KEY_LENGTH];
    byte[] kekBytes = null;
    try {
      random.nextBytes(dataKey);
      kekBytes = kek.secret().revealCopy();
      byte[] ciphertext = encrypt(dataKey, plaintext, aad);
      byte[] wrappedKey = encrypt(kekBytes, dataKey, aad);
      return new Sealed(ALGORITHM, kek.id(), encode(wrappedKey), encode(ciphertext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
      if (kekBytes != null) {
        Arrays.fill(kekBytes, (byte) 0);
      }
    }
  }

  /**
   * Opens a sealed secret; the caller owns (and wipes) the returned array.
   *
   * @throws EnvelopeException if the algorithm or key id is not this envelope's, or if either
   *     ciphertext fails authentication (tampered, or bound to another record)
   */
  byte[] open(Sealed sealed, RecordBinding binding) throws EnvelopeException {
    if (!ALGORITHM.equals(sealed.algorithm())) {
      throw new EnvelopeException("unknown envelope algorithm " + sealed.algorithm(), null);
    }
    if (!kek.id().equals(sealed.kekId())) {
      throw new EnvelopeException(
          "sealed under key-encryption key " + sealed.kekId() + ", configured " + kek.id(), null);
    }
    byte[] aad = binding.associatedData();
    byte[] kekBytes = kek.secret().revealCopy();
    byte[] dataKey = null;
    try {
      dataKey = decrypt(kekBytes, decode(sealed.wrappedKey()), aad);
      if (dataKey.length != KEY_LENGTH) {
        throw new EnvelopeException("wrapped data key has " + dataKey.length + " bytes", null);
      }
      return decrypt(dataKey, decode(sealed.ciphertext()), aad);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new EnvelopeException("authentication failed", e);
    } finally {
      Arrays.fill(kekBytes, (byte) 0);
      if (dataKey != null) {
        Arrays.fill(dataKey, (byte) 0);
      }
    }
  }

  /** {@code nonce ‖ ciphertext ‖ tag}. */
  private byte[] encrypt(byte[] key, byte[] plaintext, byte[] aad)
      throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_LENGTH];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(aad);
    byte[] out = new byte[NONCE_LENGTH + cipher.getOutputSize(plaintext.length)];
    System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
    cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_LENGTH);
    return out;
  }

  private static byte[] decrypt(byte[] key, byte[] sealed, byte[] aad)
      throws GeneralSecurityException {
    if (sealed.length < NONCE_LENGTH + TAG_BITS / 8) {
      throw new GeneralSecurityException("sealed value is truncated");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_LENGTH));
    cipher.updateAAD(aad);
    return cipher.doFinal(sealed, NONCE_LENGTH, sealed.length - NONCE_LENGTH);
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] decode(String base64) {
    return Base64.getDecoder().decode(base64);
  }

  /**
   * A sealed secret as stored in a document: nothing in it is secret.
   *
   * @param algorithm {@link #ALGORITHM}
   * @param kekId the id of the key-encryption key that wrapped the data key
   * @param wrappedKey Base64 of {@code nonce ‖ AES-GCM(kek, dataKey) ‖ tag}
   * @param ciphertext Base64 of {@code nonce ‖ AES-GCM(dataKey, secret) ‖ tag}
   */
  record Sealed(String algorithm, String kekId, String wrappedKey, String ciphertext) {
    Sealed {
      Objects.requireNonNull(algorithm, "algorithm");
      Objects.requireNonNull(kekId, "kekId");
      Objects.requireNonNull(wrappedKey, "wrappedKey");
      Objects.requireNonNull(ciphertext, "ciphertext");
    }
  }

  /** A sealed secret that this envelope cannot or will not open. Says why, never what. */
  static final class EnvelopeException extends Exception {
    private static final long serialVersionUID = 1L;

    EnvelopeException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
