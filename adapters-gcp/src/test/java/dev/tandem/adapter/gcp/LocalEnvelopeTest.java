package dev.tandem.adapter.gcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.gcp.LocalEnvelope.EnvelopeException;
import dev.tandem.adapter.gcp.LocalEnvelope.Sealed;
import dev.tandem.domain.secret.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The local envelope: AES-256-GCM under a per-secret data key wrapped by the KEK, both bound. */
class LocalEnvelopeTest {
  private static final RecordBinding BINDING =
      RecordBinding.of(RecordType.SIGNING_SHARE, "wallet-1", "pair-1");

  private final byte[] kekBytes = new byte[32];
  private final KeyEncryptionKey kek;
  private final LocalEnvelope envelope;

  LocalEnvelopeTest() {
    GcsTestFixtures.RANDOM.nextBytes(kekBytes);
    kek = KeyEncryptionKey.of("kek-1", SecretBytes.copyOf(kekBytes));
    envelope = new LocalEnvelope(kek, GcsTestFixtures.RANDOM);
  }

  @Test
  void sealThenOpen_roundTrips() throws EnvelopeException {
    byte[] secret = randomBytes(1000);

    Sealed sealed = envelope.seal(secret, BINDING);

    assertArrayEquals(secret, envelope.open(sealed, BINDING));
    assertEquals(LocalEnvelope.ALGORITHM, sealed.algorithm());
    assertEquals("kek-1", sealed.kekId());
  }

  @Test
  void emptySecret_roundTrips() throws EnvelopeException {
    assertArrayEquals(new byte[0], envelope.open(envelope.seal(new byte[0], BINDING), BINDING));
  }

  @Test
  void eachSeal_usesAFreshDataKeyAndNonces() {
    byte[] secret = randomBytes(32);

    Sealed first = envelope.seal(secret, BINDING);
    Sealed second = envelope.seal(secret, BINDING);

    assertNotEquals(first.ciphertext(), second.ciphertext());
    assertNotEquals(first.wrappedKey(), second.wrappedKey());
  }

  @Test
  void sealedSecret_boundToAnotherWalletRecordOrType_isRefused() {
    Sealed sealed = envelope.seal(randomBytes(64), BINDING);

    for (RecordBinding other :
        List.of(
            RecordBinding.of(RecordType.SIGNING_SHARE, "wallet-2", "pair-1"),
            RecordBinding.of(RecordType.SIGNING_SHARE, "wallet-1", "pair-2"),
            RecordBinding.of(RecordType.BACKUP_SHARE, "wallet-1", "pair-1"),
            RecordBinding.of(RecordType.BACKUP_KEY, "wallet-1", "pair-1"))) {
      assertThrows(EnvelopeException.class, () -> envelope.open(sealed, other), other.toString());
    }
  }

  @Test
  void sealedSecret_withAnyOtherBoundFieldChanged_isRefused() throws EnvelopeException {
    RecordBinding sealedWith =
        BINDING.withText("status", "INCOMPLETE").withInstant("updatedAt", Instant.EPOCH);
    Sealed sealed = envelope.seal(randomBytes(64), sealedWith);

    for (RecordBinding other :
        List.of(
            BINDING.withText("status", "COMPLETED").withInstant("updatedAt", Instant.EPOCH),
            BINDING.withText("status", "INCOMPLETE").withInstant("updatedAt", Instant.EPOCH.plusNanos(1)),
            BINDING.withText("status", "INCOMPLETE"),
            BINDING)) {
      assertThrows(EnvelopeException.class, () -> envelope.open(sealed, other), other.toString());
    }
    assertEquals(64, envelope.open(sealed, sealedWith).length);
  }

  @Test
  void anyFlippedBit_inCiphertextOrWrappedKey_isRefused() {
    Sealed sealed = envelope.seal(randomBytes(48), BINDING);
    byte[] ciphertext = Base64.getDecoder().decode(sealed.ciphertext());
    byte[] wrapped = Base64.getDecoder().decode(sealed.wrappedKey());

    for (int i = 0; i < ciphertext.length; i += 7) {
      byte[] tampered = ciphertext.clone();
      tampered[i] ^= 0x01;
      Sealed bad = new Sealed(sealed.algorithm(), sealed.kekId(), sealed.wrappedKey(), b64(tampered));
      assertThrows(EnvelopeException.class, () -> envelope.open(bad, BINDING), "byte " + i);
    }
    for (int i = 0; i < wrapped.length; i += 5) {
      byte[] tampered = wrapped.clone();
      tampered[i] ^= 0x01;
      Sealed bad = new Sealed(sealed.algorithm(), sealed.kekId(), b64(tampered), sealed.ciphertext());
      assertThrows(EnvelopeException.class, () -> envelope.open(bad, BINDING), "byte " + i);
    }
  }

  @Test
  void truncatedOrNonBase64_isRefused() {
    Sealed sealed = envelope.seal(randomBytes(48), BINDING);

    Sealed truncated =
        new Sealed(sealed.algorithm(), sealed.kekId(), sealed.wrappedKey(), b64(new byte[10]));
    Sealed garbage = new Sealed(sealed.algorithm(), sealed.kekId(), "not base64!", "%%");

    assertThrows(EnvelopeException.class, () -> envelope.open(truncated, BINDING));
    assertThrows(EnvelopeException.class, () -> envelope.open(garbage, BINDING));
  }

  @Test
  void anotherKeyEncryptionKey_isRefused_andSaysWhichKeysDiffer() {
    Sealed sealed = envelope.seal(randomBytes(16), BINDING);
    LocalEnvelope otherId =
        new LocalEnvelope(GcsTestFixtures.newKek("kek-2"), GcsTestFixtures.RANDOM);
    LocalEnvelope sameIdOtherKey =
        new LocalEnvelope(GcsTestFixtures.newKek("kek-1"), GcsTestFixtures.RANDOM);

    EnvelopeException byId =
        assertThrows(EnvelopeException.class, () -> otherId.open(sealed, BINDING));
    assertThrows(EnvelopeException.class, () -> sameIdOtherKey.open(sealed, BINDING));

    assertTrue(byId.getMessage().contains("kek-1") && byId.getMessage().contains("kek-2"));
  }

  @Test
  void unknownAlgorithm_isRefused() {
    Sealed sealed = envelope.seal(randomBytes(16), BINDING);
    Sealed other = new Sealed("AES-128-CBC", sealed.kekId(), sealed.wrappedKey(), sealed.ciphertext());

    assertThrows(EnvelopeException.class, () -> envelope.open(other, BINDING));
  }

  /** Opens the envelope with the JDK's AES-GCM directly, following the documented layout. */
  @Test
  void layout_isNonceThenCiphertextAndTag_underTheBindingAsAssociatedData() throws Exception {
    byte[] secret = "the share".getBytes(StandardCharsets.UTF_8);
    Sealed sealed = envelope.seal(secret, BINDING);
    byte[] aad = BINDING.associatedData();

    byte[] dataKey = gcmOpen(kekBytes, Base64.getDecoder().decode(sealed.wrappedKey()), aad);
    byte[] opened = gcmOpen(dataKey, Base64.getDecoder().decode(sealed.ciphertext()), aad);

    assertEquals(32, dataKey.length);
    assertArrayEquals(secret, opened);
    assertEquals(
        "0000001674616e64656d2f6763732f656e76656c6f70652f7632",
        HexFormat.of().formatHex(aad, 0, 26),
        "AAD starts with the length-prefixed label");
  }

  @Test
  void kek_toString_isRedacted() {
    assertEquals("KeyEncryptionKey[id=kek-1, key=redacted]", kek.toString());
  }

  @Test
  void kek_ofWrongLengthOrBadId_isRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> KeyEncryptionKey.of("kek", SecretBytes.copyOf(new byte[16])));
    assertThrows(
        IllegalArgumentException.class,
        () -> KeyEncryptionKey.of("bad id", SecretBytes.copyOf(new byte[32])));
    assertThrows(IllegalArgumentException.class, () -> KeyEncryptionKey.fromBase64("kek", "%%"));
    assertEquals(
        "kek-9", KeyEncryptionKey.fromBase64("kek-9", b64(new byte[32]) + "\n").id());
  }

  private static byte[] gcmOpen(byte[] key, byte[] sealed, byte[] aad) throws Exception {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
    cipher.updateAAD(aad);
    return cipher.doFinal(sealed, 12, sealed.length - 12);
  }

  private static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    GcsTestFixtures.RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
