package dev.tandem.adapter.aws;

import dev.tandem.adapter.objectstore.KeyUnwrapRefusedException;
import dev.tandem.adapter.objectstore.KeyWrapper;
import dev.tandem.adapter.objectstore.WrapContext;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.EncryptRequest;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * The core's {@link KeyWrapper} on AWS KMS: wraps a data key with {@code Encrypt} under the
 * configured key and unwraps it with {@code Decrypt}, always naming that key id (so a wrapped key
 * of another key is refused rather than opened with it), the {@link WrapContext} as the encryption
 * context both times, so that KMS opens a wrapped key only for the record it was wrapped for.
 *
 * <p>The data key is made by the core and wrapped with {@code Encrypt} rather than obtained from
 * {@code GenerateDataKey}: the protection is the same (the wrapped key opens only through {@code
 * Decrypt} under this key and context), and {@code Encrypt} is an operation every local KMS fake
 * implements.
 *
 * <p>Failures: KMS's {@code InvalidCiphertextException} (a wrapped key altered, or of another
 * context) is {@link KeyUnwrapRefusedException}; everything else goes through {@link AwsErrors}
 * (transient: unavailable; a missing or disabled key, no permission: misconfigured, naming the key
 * id). The unwrapped data key is returned without a copy from the SDK response, for the caller to
 * wipe; the SDK's request and response buffers hold it too (base64 in JSON) and cannot be wiped.
 */
public final class KmsKeyWrapper implements KeyWrapper {
  private final KmsClient kms;
  private final String keyId;

  public KmsKeyWrapper(KmsClient kms, String keyId) {
    this.kms = Objects.requireNonNull(kms, "kms");
    this.keyId = Objects.requireNonNull(keyId, "keyId");
  }

  @Override
  public byte[] wrap(byte[] dataKey, WrapContext context) {
    EncryptRequest request =
        EncryptRequest.builder()
            .keyId(keyId)
            .plaintext(SdkBytes.fromByteArrayUnsafe(dataKey))
            .encryptionContext(context.entries())
            .build();
    try {
      return kms.encrypt(request).ciphertextBlob().asByteArray();
    } catch (SdkException e) {
      throw AwsErrors.kms(e, keyId, "wrapping a data key of record " + describe(context));
    }
  }

  @Override
  public byte[] unwrap(byte[] wrappedKey, WrapContext context) {
    DecryptRequest request =
        DecryptRequest.builder()
            .keyId(keyId)
            .ciphertextBlob(SdkBytes.fromByteArray(wrappedKey))
            .encryptionContext(context.entries())
            .build();
    try {
      return kms.decrypt(request).plaintext().asByteArrayUnsafe();
    } catch (InvalidCiphertextException e) {
      throw new KeyUnwrapRefusedException("KMS refused its data key (" + AwsErrors.describe(e) + ")", e);
    } catch (SdkException e) {
      throw AwsErrors.kms(e, keyId, "unwrapping a data key of record " + describe(context));
    }
  }

  @Override
  public String keyName() {
    return keyId;
  }

  @Override
  public String toString() {
    return "KmsKeyWrapper[" + keyId + "]";
  }

  private static String describe(WrapContext context) {
    return context.entries().get(WrapContext.WALLET_ID) + "/"
        + context.entries().get(WrapContext.RECORD_ID);
  }
}
