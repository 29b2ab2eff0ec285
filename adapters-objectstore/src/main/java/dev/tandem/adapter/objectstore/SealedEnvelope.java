package dev.tandem.adapter.objectstore;

import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.secret.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of the secrets the core stores: Tink's {@code KmsEnvelopeAead}, with the
 * remote half behind a {@link KeyWrapper}.
 *
 * <p>Sealing makes a fresh 256-bit data key, encrypts the secret with AES-256-GCM under it (96-bit
 * random nonce, 128-bit tag), has the key wrapper wrap the data key for {@link
 * WrapContext#of(String, String) {walletId, recordId}}, and forgets the data key. Opening has the
 * key wrapper unwrap it for the same context, then checks the tag.
 *
 * <p>The associated data is a {@link RecordBinding}: the layout's scheme, the record type, wallet
 * id and record id and every other clear-text field of the document (status, times, labels, key
 * ids, public key, write id), canonically encoded. So an object copied under another wallet's or
 * record's name fails to open even with a key wrapper that does not check the context, and so does
 * an object whose clear-text fields were edited.
 *
 * <p>Secret handling: the data key and plaintext arrays are wiped in {@code finally} blocks, the
 * unwrapped data key included. The {@link SecretKeySpec} the JDK cipher needs keeps its own copy
 * of the data key, and a key wrapper's SDK buffers may hold it too; neither offers a way to wipe
 * them, and both are unreachable as soon as the call returns.
 */
final class SealedEnvelope {
  static final int DATA_KEY_LENGTH = 32;
  static final int NONCE_LENGTH = 12;
  static final int TAG_BITS = 128;

  private static final String CIPHER = "AES/GCM/NoPadding";

  private final KeyWrapper wrapper;
  private final SecureRandom random;

  SealedEnvelope(KeyWrapper wrapper, SecureRandom random) {
    this.wrapper = Objects.requireNonNull(wrapper, "wrapper");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Seals {@code secret} under {@code binding}, which must hold every clear-text field of the
   * document being written; {@code objectName} only names it in errors.
   */
  EnvelopeDocument seal(RecordBinding binding, SecretBytes secret, String objectName) {
    Objects.requireNonNull(objectName, "objectName");
    byte[] dataKey = new byte[DATA_KEY_LENGTH];
    byte[] plaintext = null;
    try {
      random.nextBytes(dataKey);
      byte[] wrappedKey = wrapper.wrap(dataKey, binding.wrapContext());
      byte[] nonce = new byte[NONCE_LENGTH];
      random.nextBytes(nonce);
      plaintext = secret.revealCopy();
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, dataKey, nonce);
      cipher.updateAAD(binding.associatedData());
      return new EnvelopeDocument(wrappedKey, nonce, cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM failed to encrypt", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
      if (plaintext != null) {
        Arrays.fill(plaintext, (byte) 0);
      }
    }
  }

  /**
   * Opens a sealed secret of one record, {@code binding} rebuilt from the document's fields as
   * parsed.
   *
   * @throws StoredDataInvalidException if the envelope was not sealed for this record type, wallet
   *     and record, if any bound field differs from the one sealed, or if the envelope was altered
   */
  SecretBytes open(RecordBinding binding, EnvelopeDocument envelope, String objectName) {
    if (envelope.wrappedKey() == null
        || envelope.nonce() == null
        || envelope.ciphertext() == null
        || envelope.nonce().length != NONCE_LENGTH
        || envelope.ciphertext().length < TAG_BITS / 8) {
      throw DocumentMapper.invalid(objectName, "holds a malformed envelope");
    }
    byte[] dataKey;
    try {
      dataKey = wrapper.unwrap(envelope.wrappedKey(), binding.wrapContext());
    } catch (KeyUnwrapRefusedException e) {
      // The wrapped key was altered or wrapped for another record: the object was not sealed for
      // this record. Same answer as a failed AES-GCM tag.
      throw new StoredDataInvalidException(
          "stored object " + objectName + " failed authentication: the key wrapper refused its"
              + " data key (" + e.getMessage() + ")",
          e);
    }
    try {
      if (dataKey.length != DATA_KEY_LENGTH) {
        throw DocumentMapper.invalid(objectName, "holds a data key of the wrong length");
      }
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, dataKey, envelope.nonce());
      cipher.updateAAD(binding.associatedData());
      return SecretBytes.adopt(cipher.doFinal(envelope.ciphertext()));
    } catch (AEADBadTagException e) {
      throw DocumentMapper.invalid(
          objectName,
          "failed authentication: its fields or its sealed secret were altered, or it was sealed"
              + " for another " + binding.typeLabel() + ", wallet or record");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM failed to decrypt", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private static Cipher cipher(int mode, byte[] dataKey, byte[] nonce)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(CIPHER);
    cipher.init(mode, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }
}
