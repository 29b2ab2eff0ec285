package dev.tandem.adapter.aws;

import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptRequest;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * Envelope encryption of the secrets the adapters store.
 *
 * <p>Sealing makes a fresh 256-bit data key, encrypts the secret with AES-256-GCM under it (96-bit
 * random nonce, 128-bit tag), wraps the data key with KMS {@code Encrypt} under the configured key
 * and encryption context {@code {walletId, recordId}}, and forgets the data key. Opening unwraps
 * with KMS {@code Decrypt}, always naming the configured key id and the same context, then checks
 * the tag.
 *
 * <p>The associated data is a {@link RecordBinding}: the record type, wallet id and record id and
 * every other clear-text field of the document (status, times, labels, key ids, public key, write
 * id), canonically encoded behind a label naming the scheme and its version. So an object copied
 * under another wallet's or record's key fails to open even with a KMS that does not check the
 * encryption context, and so does an object whose clear-text fields were edited.
 *
 * <p>The data key is made locally ({@link SecureRandom}) and wrapped with {@code Encrypt} rather
 * than obtained from {@code GenerateDataKey}: the protection is the same (the wrapped key opens only
 * through {@code Decrypt} under this key and context), and {@code Encrypt} is an operation every
 * local KMS fake implements.
 *
 * <p>Secret handling: the data key and plaintext arrays are wiped in {@code finally} blocks, the
 * unwrapped data key included (its array is taken from the SDK response without a copy). The
 * {@link SecretKeySpec} the JDK cipher needs keeps its own copy of the data key, and the SDK's
 * buffers of the KMS request and response hold it too (base64 in JSON); neither offers a way to
 * wipe them, and both are unreachable as soon as the call returns.
 */
final class KmsEnvelope {
  static final int DATA_KEY_LENGTH = 32;
  static final int NONCE_LENGTH = 12;
  static final int TAG_BITS = 128;

  private static final String CIPHER = "AES/GCM/NoPadding";
  static final String CONTEXT_WALLET_ID = "walletId";
  static final String CONTEXT_RECORD_ID = "recordId";

  private final KmsClient kms;
  private final String keyId;
  private final SecureRandom random;

  KmsEnvelope(KmsClient kms, String keyId, SecureRandom random) {
    this.kms = Objects.requireNonNull(kms, "kms");
    this.keyId = Objects.requireNonNull(keyId, "keyId");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * Seals {@code secret} under {@code binding}, which must hold every clear-text field of the
   * document being written; {@code objectName} only names it in errors.
   */
  EnvelopeDocument seal(RecordBinding binding, SecretBytes secret, String objectName) {
    byte[] dataKey = new byte[DATA_KEY_LENGTH];
    byte[] plaintext = null;
    try {
      random.nextBytes(dataKey);
      byte[] wrappedKey = wrap(dataKey, binding.walletId(), binding.recordId(), objectName);
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
    byte[] dataKey =
        unwrap(envelope.wrappedKey(), binding.walletId(), binding.recordId(), objectName);
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
              + " for another " + binding.type().label() + ", wallet or record");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256-GCM failed to decrypt", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private byte[] wrap(byte[] dataKey, WalletId walletId, String recordId, String objectName) {
    EncryptRequest request =
        EncryptRequest.builder()
            .keyId(keyId)
            .plaintext(SdkBytes.fromByteArrayUnsafe(dataKey))
            .encryptionContext(context(walletId, recordId))
            .build();
    try {
      return kms.encrypt(request).ciphertextBlob().asByteArray();
    } catch (SdkException e) {
      throw AwsErrors.kms(e, keyId, "wrapping the data key of " + objectName);
    }
  }

  private byte[] unwrap(byte[] wrappedKey, WalletId walletId, String recordId, String objectName) {
    DecryptRequest request =
        DecryptRequest.builder()
            .keyId(keyId)
            .ciphertextBlob(SdkBytes.fromByteArray(wrappedKey))
            .encryptionContext(context(walletId, recordId))
            .build();
    DecryptResponse response;
    try {
      response = kms.decrypt(request);
    } catch (InvalidCiphertextException e) {
      // KMS refuses a wrapped key that was altered or wrapped under another encryption context:
      // the object was not sealed for this record. Same answer as a failed AES-GCM tag.
      throw new StoredDataInvalidException(
          "stored object "
              + objectName
              + " failed authentication: KMS refused its data key ("
              + AwsErrors.describe(e)
              + ")",
          e);
    } catch (SdkException e) {
      throw AwsErrors.kms(e, keyId, "unwrapping the data key of " + objectName);
    }
    return response.plaintext().asByteArrayUnsafe();
  }

  private static Map<String, String> context(WalletId walletId, String recordId) {
    return Map.of(CONTEXT_WALLET_ID, walletId.value(), CONTEXT_RECORD_ID, recordId);
  }

  private static Cipher cipher(int mode, byte[] dataKey, byte[] nonce)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(CIPHER);
    cipher.init(mode, new SecretKeySpec(dataKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    return cipher;
  }
}
