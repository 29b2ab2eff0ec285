package dev.tandem.adapter.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.SecretBytes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.EncryptRequest;

/**
 * Envelope encryption through the real KMS client against the KMS fake.
 *
 * <p>What the fake cannot show, said plainly: its {@code Encrypt} does not encrypt (its "ciphertext"
 * is the plaintext reversed, see {@link #theKmsFake_neitherEncryptsNorChecksTheContext}) and its
 * {@code Decrypt} ignores the encryption context. So these tests prove the adapter's own layer
 * (fresh data keys, AES-256-GCM, associated data binding type, wallet, record and every other bound
 * field, the key id and context sent on every call); that KMS keeps the data key secret and enforces the context is
 * AWS's part and is not exercised here.
 */
class KmsEnvelopeTest {
  private static final LocalAws AWS = LocalAws.shared();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String OBJECT = "s3://bucket/test.json";

  private final KmsEnvelope envelope = new KmsEnvelope(AWS.kms(), AWS.kmsKeyId(), RANDOM);
  private final WalletId wallet = WalletId.random();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 32, 65536})
  void sealThenOpen_roundTrips(int length) {
    SecretBytes secret = random(length);

    RecordBinding binding = RecordBinding.of(RecordType.SIGNING_SHARE, wallet, "pair-1");

    EnvelopeDocument sealed = envelope.seal(binding, secret, OBJECT);
    SecretBytes opened = envelope.open(binding, sealed, OBJECT);

    assertEquals(length, opened.length());
    assertTrue(secret.equalsInConstantTime(opened));
    assertEquals(KmsEnvelope.NONCE_LENGTH, sealed.nonce().length);
    assertEquals(length + KmsEnvelope.TAG_BITS / 8, sealed.ciphertext().length);
  }

  @Test
  void everySeal_hasAFreshDataKeyAndNonce() {
    SecretBytes secret = random(32);

    RecordBinding binding = RecordBinding.of(RecordType.BACKUP_KEY, wallet, "key-1");

    EnvelopeDocument first = envelope.seal(binding, secret, OBJECT);
    EnvelopeDocument second = envelope.seal(binding, secret, OBJECT);

    assertFalse(Arrays.equals(first.wrappedKey(), second.wrappedKey()), "data key reused");
    assertFalse(Arrays.equals(first.nonce(), second.nonce()), "nonce reused");
    assertFalse(Arrays.equals(first.ciphertext(), second.ciphertext()));
  }

  @Test
  void ciphertext_doesNotHoldThePlaintext() {
    byte[] plain = new byte[64];
    Arrays.fill(plain, (byte) 0x5a);

    EnvelopeDocument sealed =
        envelope.seal(
            RecordBinding.of(RecordType.BACKUP_KEY, wallet, "key-1"),
            SecretBytes.copyOf(plain),
            OBJECT);

    String hex = HexFormat.of().formatHex(sealed.ciphertext());
    assertFalse(hex.contains("5a5a5a5a5a5a5a5a"), "plaintext visible in the ciphertext");
  }

  @Test
  void openingForAnotherWallet_isRefused() {
    EnvelopeDocument sealed = sealFor(RecordType.SIGNING_SHARE, wallet, "pair-1");

    assertRefused(() -> openAs(RecordType.SIGNING_SHARE, WalletId.random(), "pair-1", sealed));
  }

  @Test
  void openingForAnotherRecord_isRefused() {
    EnvelopeDocument sealed = sealFor(RecordType.SIGNING_SHARE, wallet, "pair-1");

    assertRefused(() -> openAs(RecordType.SIGNING_SHARE, wallet, "pair-2", sealed));
  }

  @Test
  void openingAsAnotherRecordType_isRefused() {
    EnvelopeDocument sealed = sealFor(RecordType.BACKUP_SHARE, wallet, "pair-1");

    assertRefused(() -> openAs(RecordType.SIGNING_SHARE, wallet, "pair-1", sealed));
    assertRefused(() -> openAs(RecordType.BACKUP_KEY, wallet, "pair-1", sealed));
  }

  @Test
  void openingWithAnyBoundFieldChanged_isRefused() {
    RecordBinding sealedWith =
        RecordBinding.of(RecordType.SIGNING_SHARE, wallet, "pair-1")
            .withText("status", "INCOMPLETE")
            .withInstant("updatedAt", TestRecords.T0);
    EnvelopeDocument sealed = envelope.seal(sealedWith, random(32), OBJECT);

    for (RecordBinding other :
        List.of(
            RecordBinding.of(RecordType.SIGNING_SHARE, wallet, "pair-1")
                .withText("status", "COMPLETED")
                .withInstant("updatedAt", TestRecords.T0),
            RecordBinding.of(RecordType.SIGNING_SHARE, wallet, "pair-1")
                .withText("status", "INCOMPLETE")
                .withInstant("updatedAt", TestRecords.T0.plusNanos(1)),
            RecordBinding.of(RecordType.SIGNING_SHARE, wallet, "pair-1")
                .withText("status", "INCOMPLETE"),
            RecordBinding.of(RecordType.SIGNING_SHARE, wallet, "pair-1"))) {
      assertRefused(() -> envelope.open(other, sealed, OBJECT));
    }
    assertEquals(32, envelope.open(sealedWith, sealed, OBJECT).length());
  }

  @Test
  void tamperedCiphertextNonceOrWrappedKey_isRefused() {
    EnvelopeDocument sealed = sealFor(RecordType.BACKUP_KEY, wallet, "key-1");

    assertRefused(() -> open(new EnvelopeDocument(sealed.wrappedKey(), sealed.nonce(), flipped(sealed.ciphertext()))));
    assertRefused(() -> open(new EnvelopeDocument(sealed.wrappedKey(), flipped(sealed.nonce()), sealed.ciphertext())));
    assertRefused(() -> open(new EnvelopeDocument(flipped(sealed.wrappedKey()), sealed.nonce(), sealed.ciphertext())));
    assertRefused(
        () -> open(new EnvelopeDocument(sealed.wrappedKey(), sealed.nonce(),
            Arrays.copyOf(sealed.ciphertext(), sealed.ciphertext().length - 1))));
    assertRefused(() -> open(new EnvelopeDocument(sealed.wrappedKey(), new byte[8], sealed.ciphertext())));
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
      KmsEnvelope capturing = new KmsEnvelope(kms, AWS.kmsKeyId(), RANDOM);
      RecordBinding binding = RecordBinding.of(RecordType.BACKUP_SHARE, wallet, "pair-9");
      EnvelopeDocument sealed = capturing.seal(binding, random(16), OBJECT);
      capturing.open(binding, sealed, OBJECT);
    }

    Map<String, String> context =
        Map.of(KmsEnvelope.CONTEXT_WALLET_ID, wallet.value(), KmsEnvelope.CONTEXT_RECORD_ID, "pair-9");
    assertEquals(2, sent.size());
    EncryptRequest encrypt = (EncryptRequest) sent.get(0);
    assertEquals(AWS.kmsKeyId(), encrypt.keyId());
    assertEquals(context, encrypt.encryptionContext());
    assertEquals(KmsEnvelope.DATA_KEY_LENGTH, encrypt.plaintext().asByteArrayUnsafe().length);
    DecryptRequest decrypt = (DecryptRequest) sent.get(1);
    assertEquals(AWS.kmsKeyId(), decrypt.keyId());
    assertEquals(context, decrypt.encryptionContext());
  }

  @Test
  void unknownKmsKey_isStorageMisconfiguredNamingTheKey() {
    KmsEnvelope misconfigured = new KmsEnvelope(AWS.kms(), "no-such-key-id", RANDOM);

    StorageMisconfiguredException e =
        assertThrows(
            StorageMisconfiguredException.class,
            () ->
                misconfigured.seal(
                    RecordBinding.of(RecordType.BACKUP_KEY, wallet, "key-1"), random(32), OBJECT));

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

  private EnvelopeDocument sealFor(RecordType type, WalletId walletId, String recordId) {
    return envelope.seal(RecordBinding.of(type, walletId, recordId), random(32), OBJECT);
  }

  private SecretBytes openAs(
      RecordType type, WalletId walletId, String recordId, EnvelopeDocument sealed) {
    return envelope.open(RecordBinding.of(type, walletId, recordId), sealed, OBJECT);
  }

  private SecretBytes open(EnvelopeDocument sealed) {
    return envelope.open(RecordBinding.of(RecordType.BACKUP_KEY, wallet, "key-1"), sealed, OBJECT);
  }

  private static void assertRefused(org.junit.jupiter.api.function.Executable open) {
    StoredDataInvalidException e = assertThrows(StoredDataInvalidException.class, open);
    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains(OBJECT), e.getMessage());
  }

  private static byte[] flipped(byte[] bytes) {
    byte[] copy = bytes.clone();
    copy[copy.length / 2] ^= 0x01;
    return copy;
  }

  private static SecretBytes random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return SecretBytes.adopt(bytes);
  }
}
