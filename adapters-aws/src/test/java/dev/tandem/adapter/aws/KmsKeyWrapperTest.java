package dev.tandem.adapter.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.objectstore.ModelObjectStore;
import dev.tandem.adapter.objectstore.ObjectStoreBackupShareRepository;
import dev.tandem.adapter.objectstore.StorageLayout;
import dev.tandem.adapter.objectstore.WrapContext;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.BackupMethod;
import dev.tandem.domain.model.BackupSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianBackupShareRecord;
import dev.tandem.domain.secret.CustodianBackupShare;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.EncryptRequest;

/**
 * The KMS key wrapper through the real KMS client against the KMS fake. (The envelope itself, fresh
 * data keys, AES-256-GCM and its associated data, is the core's: its {@code SealedEnvelopeTest}.)
 *
 * <p>What the fake cannot show, said plainly: its {@code Encrypt} does not encrypt (its "ciphertext"
 * is the plaintext reversed, see {@link #theKmsFake_neitherEncryptsNorChecksTheContext}) and its
 * {@code Decrypt} ignores the encryption context. So these tests prove the wrapper's own part (the
 * key id and context sent on every call, a round trip, errors naming the key); that KMS keeps the
 * data key secret and enforces the context is AWS's part and is not exercised here.
 */
class KmsKeyWrapperTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final KmsKeyWrapper wrapper = new KmsKeyWrapper(AWS.kms(), AWS.kmsKeyId());

  @Test
  void wrapThenUnwrap_roundTrips_andNamesTheKey() {
    byte[] dataKey = new byte[32];
    RANDOM.nextBytes(dataKey);
    WrapContext context = WrapContext.of("w-1", "pair-1");

    byte[] wrapped = wrapper.wrap(dataKey, context);

    assertArrayEquals(dataKey, wrapper.unwrap(wrapped, context));
    assertEquals(AWS.kmsKeyId(), wrapper.keyName());
    assertFalse(wrapper.toString().contains(Arrays.toString(dataKey)));
  }

  @Test
  void everyKmsCall_namesTheConfiguredKeyAndTheRecordContext() {
    List<SdkRequest> sent = new ArrayList<>();
    ExecutionInterceptor capture =
        new ExecutionInterceptor() {
          @Override
          public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            synchronized (sent) {
              sent.add(context.request());
            }
          }
        };
    try (KmsClient kms =
        KmsClient.builder()
            .region(software.amazon.awssdk.regions.Region.of(LocalAws.REGION))
            .credentialsProvider(LocalAws.credentials())
            .endpointOverride(AWS.kmsEndpoint())
            .overrideConfiguration(c -> c.addExecutionInterceptor(capture))
            .build()) {
      // Through the core, as a repository seals and opens a share.
      WalletId wallet = WalletId.random();
      BackupSharePairId pair = BackupSharePairId.of("pair-9");
      ObjectStoreBackupShareRepository repository =
          new ObjectStoreBackupShareRepository(
              new ModelObjectStore(false),
              new KmsKeyWrapper(kms, AWS.kmsKeyId()),
              StorageLayout.aws(""),
              RANDOM);
      repository.create(
          CustodianBackupShareRecord.incomplete(
              new CustodianBackupShare(wallet, pair, TestRecords.PUBLIC_KEY, TestRecords.randomSecret(16)),
              BackupMethod.CLOUD_KEY,
              BackupKeyId.of("key-1"),
              TestRecords.T0));
      repository.find(wallet, pair).orElseThrow();

      Map<String, String> context =
          Map.of(WrapContext.WALLET_ID, wallet.value(), WrapContext.RECORD_ID, "pair-9");
      assertEquals(2, sent.size());
      EncryptRequest encrypt = (EncryptRequest) sent.get(0);
      assertEquals(AWS.kmsKeyId(), encrypt.keyId());
      assertEquals(context, encrypt.encryptionContext());
      assertEquals(32, encrypt.plaintext().asByteArrayUnsafe().length);
      DecryptRequest decrypt = (DecryptRequest) sent.get(1);
      assertEquals(AWS.kmsKeyId(), decrypt.keyId());
      assertEquals(context, decrypt.encryptionContext());
    }
  }

  @Test
  void unknownKmsKey_isStorageMisconfiguredNamingTheKey() {
    KmsKeyWrapper misconfigured = new KmsKeyWrapper(AWS.kms(), "no-such-key-id");

    StorageMisconfiguredException e =
        assertThrows(
            StorageMisconfiguredException.class,
            () -> misconfigured.wrap(new byte[32], WrapContext.of("w-1", "key-1")));

    assertEquals(ErrorCode.STORAGE_MISCONFIGURED, e.code());
    assertTrue(e.getMessage().contains("no-such-key-id"), e.getMessage());
    assertTrue(e.getCause() != null, "the SDK exception is attached");
  }

  /**
   * Not a test of the adapter: pins down what the KMS fake does not do, so that the limits stated
   * in this class's documentation stay true. If the fake starts encrypting or checking the context,
   * this test fails and the documentation (and stronger tests) should follow.
   */
  @Test
  void theKmsFake_neitherEncryptsNorChecksTheContext() {
    byte[] plain = {1, 2, 3, 4, 5};
    byte[] blob =
        AWS.kms()
            .encrypt(b -> b.keyId(AWS.kmsKeyId()).plaintext(SdkBytes.fromByteArray(plain))
                .encryptionContext(Map.of("walletId", "a")))
            .ciphertextBlob()
            .asByteArray();
    assertArrayEquals(new byte[] {5, 4, 3, 2, 1}, blob, "the fake reverses instead of encrypting");

    byte[] unwrapped =
        AWS.kms()
            .decrypt(b -> b.keyId(AWS.kmsKeyId()).ciphertextBlob(SdkBytes.fromByteArray(blob))
                .encryptionContext(Map.of("walletId", "another wallet")))
            .plaintext()
            .asByteArray();
    assertArrayEquals(plain, unwrapped, "the fake ignores the encryption context");
  }
}
