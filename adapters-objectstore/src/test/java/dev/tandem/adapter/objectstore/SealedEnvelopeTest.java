package dev.tandem.adapter.objectstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.StoredDataInvalidException;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.secret.SecretBytes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The envelope on its own: fresh data keys and nonces, AES-256-GCM with the record binding as
 * associated data, the data key wrapped for the record's {@link WrapContext}. The {@link
 * ModelKeyWrapper} enforces the context, so the refusals of a record opened as another are checked
 * twice over: {@link #openingForAnotherRecord_isRefusedByTheSealAlone} uses a wrapper that checks
 * nothing, as the KMS fake does.
 */
class SealedEnvelopeTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final StorageLayout LAYOUT = StorageLayout.aws("");
  private static final String OBJECT = "model://bucket/test.json";
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private final ModelKeyWrapper wrapper = new ModelKeyWrapper("envelope");
  private final SealedEnvelope envelope = new SealedEnvelope(wrapper, RANDOM);
  private final WalletId wallet = WalletId.random();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 32, 65536})
  void sealThenOpen_roundTrips(int length) {
    SecretBytes secret = random(length);
    RecordBinding binding = binding(RecordType.SIGNING_SHARE, wallet, "pair-1");

    EnvelopeDocument sealed = envelope.seal(binding, secret, OBJECT);
    SecretBytes opened = envelope.open(binding, sealed, OBJECT);

    assertEquals(length, opened.length());
    assertTrue(secret.equalsInConstantTime(opened));
    assertEquals(SealedEnvelope.NONCE_LENGTH, sealed.nonce().length);
    assertEquals(length + SealedEnvelope.TAG_BITS / 8, sealed.ciphertext().length);
  }

  @Test
  void everySeal_hasAFreshDataKeyAndNonce() {
    SecretBytes secret = random(32);
    RecordBinding binding = binding(RecordType.BACKUP_KEY, wallet, "key-1");

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
        envelope.seal(binding(RecordType.BACKUP_KEY, wallet, "key-1"), SecretBytes.copyOf(plain), OBJECT);

    String hex = HexFormat.of().formatHex(sealed.ciphertext());
    assertFalse(hex.contains("5a5a5a5a5a5a5a5a"), "plaintext visible in the ciphertext");
  }

  @Test
  void theWrapper_isAskedForTheRecordsContext_onSealAndOnOpen() {
    List<WrapContext> asked = new ArrayList<>();
    KeyWrapper recording = new RecordingWrapper(wrapper, asked);
    SealedEnvelope recorded = new SealedEnvelope(recording, RANDOM);
    RecordBinding binding = binding(RecordType.BACKUP_SHARE, wallet, "pair-9").withText("k", "v");

    recorded.open(binding, recorded.seal(binding, random(16), OBJECT), OBJECT);

    assertEquals(List.of(WrapContext.of(wallet.value(), "pair-9"), WrapContext.of(wallet.value(), "pair-9")), asked);
    assertEquals(1, wrapper.wrapCalls());
    assertEquals(1, wrapper.unwrapCalls());
  }

  @Test
  void openingForAnotherWallet_isRefused() {
    EnvelopeDocument sealed = sealFor(RecordType.SIGNING_SHARE, wallet, "pair-1");

    assertRefused(() -> openAs(envelope, RecordType.SIGNING_SHARE, WalletId.random(), "pair-1", sealed));
  }

  @Test
  void openingForAnotherRecord_isRefused() {
    EnvelopeDocument sealed = sealFor(RecordType.SIGNING_SHARE, wallet, "pair-1");

    assertRefused(() -> openAs(envelope, RecordType.SIGNING_SHARE, wallet, "pair-2", sealed));
  }

  @Test
  void openingAsAnotherRecordType_isRefused() {
    EnvelopeDocument sealed = sealFor(RecordType.BACKUP_SHARE, wallet, "pair-1");

    assertRefused(() -> openAs(envelope, RecordType.SIGNING_SHARE, wallet, "pair-1", sealed));
    assertRefused(() -> openAs(envelope, RecordType.BACKUP_KEY, wallet, "pair-1", sealed));
  }

  @Test
  void openingForAnotherRecord_isRefusedByTheSealAlone() {
    SealedEnvelope lax = new SealedEnvelope(new ContextBlindWrapper(), RANDOM);
    EnvelopeDocument sealed =
        lax.seal(binding(RecordType.SIGNING_SHARE, wallet, "pair-1"), random(32), OBJECT);

    assertRefused(() -> openAs(lax, RecordType.SIGNING_SHARE, WalletId.random(), "pair-1", sealed));
    assertRefused(() -> openAs(lax, RecordType.SIGNING_SHARE, wallet, "pair-2", sealed));
    assertRefused(() -> openAs(lax, RecordType.BACKUP_SHARE, wallet, "pair-1", sealed));
    assertEquals(32, openAs(lax, RecordType.SIGNING_SHARE, wallet, "pair-1", sealed).length());
  }

  @Test
  void openingWithAnyBoundFieldChanged_isRefused() {
    RecordBinding sealedWith =
        binding(RecordType.SIGNING_SHARE, wallet, "pair-1")
            .withText("status", "INCOMPLETE")
            .withInstant("updatedAt", T0);
    EnvelopeDocument sealed = envelope.seal(sealedWith, random(32), OBJECT);

    for (RecordBinding other :
        List.of(
            binding(RecordType.SIGNING_SHARE, wallet, "pair-1")
                .withText("status", "COMPLETED")
                .withInstant("updatedAt", T0),
            binding(RecordType.SIGNING_SHARE, wallet, "pair-1")
                .withText("status", "INCOMPLETE")
                .withInstant("updatedAt", T0.plusNanos(1)),
            binding(RecordType.SIGNING_SHARE, wallet, "pair-1").withText("status", "INCOMPLETE"),
            binding(RecordType.SIGNING_SHARE, wallet, "pair-1"))) {
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
    assertRefused(() -> open(new EnvelopeDocument(null, sealed.nonce(), sealed.ciphertext())));
  }

  @Test
  void aWrappedKeyOfAnotherWrapper_isRefused_asAFailedAuthentication() {
    EnvelopeDocument sealed = sealFor(RecordType.BACKUP_KEY, wallet, "key-1");
    SealedEnvelope other = new SealedEnvelope(new ModelKeyWrapper("another key"), RANDOM);

    StoredDataInvalidException e =
        assertRefused(() -> openAs(other, RecordType.BACKUP_KEY, wallet, "key-1", sealed));
    assertTrue(e.getCause() instanceof KeyUnwrapRefusedException, "cause: " + e.getCause());
  }

  @Test
  void aWrapperOutage_isStorageUnavailable_notATamperedObject() {
    EnvelopeDocument sealed = sealFor(RecordType.BACKUP_KEY, wallet, "key-1");
    wrapper.failNextCalls(2);

    assertThrows(StorageUnavailableException.class, () -> open(sealed));
    assertThrows(
        StorageUnavailableException.class,
        () -> envelope.seal(binding(RecordType.BACKUP_KEY, wallet, "key-1"), random(32), OBJECT));
    assertEquals(32, open(sealed).length());
  }

  // ------------------------------------------------------------------------------ helpers

  private static RecordBinding binding(RecordType type, WalletId walletId, String recordId) {
    return RecordBinding.of(LAYOUT, type, walletId, recordId);
  }

  private EnvelopeDocument sealFor(RecordType type, WalletId walletId, String recordId) {
    return envelope.seal(binding(type, walletId, recordId), random(32), OBJECT);
  }

  private static SecretBytes openAs(
      SealedEnvelope envelope, RecordType type, WalletId walletId, String recordId, EnvelopeDocument sealed) {
    return envelope.open(binding(type, walletId, recordId), sealed, OBJECT);
  }

  private SecretBytes open(EnvelopeDocument sealed) {
    return envelope.open(binding(RecordType.BACKUP_KEY, wallet, "key-1"), sealed, OBJECT);
  }

  private static StoredDataInvalidException assertRefused(Executable open) {
    StoredDataInvalidException e = assertThrows(StoredDataInvalidException.class, open);
    assertEquals(ErrorCode.STORED_DATA_INVALID, e.code());
    assertTrue(e.getMessage().contains(OBJECT), e.getMessage());
    return e;
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

  /** Passes every call on and records the context asked for. */
  private record RecordingWrapper(KeyWrapper inner, List<WrapContext> asked) implements KeyWrapper {
    @Override
    public byte[] wrap(byte[] dataKey, WrapContext context) {
      asked.add(context);
      return inner.wrap(dataKey, context);
    }

    @Override
    public byte[] unwrap(byte[] wrappedKey, WrapContext context) {
      asked.add(context);
      return inner.unwrap(wrappedKey, context);
    }

    @Override
    public String keyName() {
      return inner.keyName();
    }
  }

  /** Wraps under one fixed context whatever it is asked for: a keeper that checks no context. */
  private static final class ContextBlindWrapper implements KeyWrapper {
    private static final WrapContext ANY = WrapContext.of("any", "any");
    private final ModelKeyWrapper inner = new ModelKeyWrapper("blind");

    @Override
    public byte[] wrap(byte[] dataKey, WrapContext context) {
      return inner.wrap(dataKey, ANY);
    }

    @Override
    public byte[] unwrap(byte[] wrappedKey, WrapContext context) {
      return inner.unwrap(wrappedKey, ANY);
    }

    @Override
    public String keyName() {
      return inner.keyName();
    }
  }
}
