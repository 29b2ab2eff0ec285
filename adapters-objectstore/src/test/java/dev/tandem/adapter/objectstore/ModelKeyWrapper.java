package dev.tandem.adapter.objectstore;

import dev.tandem.domain.error.StorageUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link KeyWrapper} for tests that behaves as a real key service does where it matters to the
 * core: the wrapped key is AES-256-GCM under a key-encryption key that never leaves this object,
 * with the {@link WrapContext}'s {@link WrapContext#canonicalBytes() canonical bytes} as associated
 * data, so a wrapped key opens only for its own context and only under its own key (a wrapper of
 * another name refuses it). Wrapped form: the 12-byte nonce, then the ciphertext and tag.
 *
 * <p>The key-encryption key is derived from the wrapper's name (SHA-256 of a label and the name):
 * not secret, and deliberately so, so that a checked-in fixture sealed under a named wrapper opens
 * again in a later run. Counts its calls; can be told to fail the next calls transiently, or to
 * refuse every unwrap. Thread-safe.
 */
public final class ModelKeyWrapper implements KeyWrapper {
  private static final int NONCE_LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String name;
  private final byte[] kek;
  private final AtomicInteger wraps = new AtomicInteger();
  private final AtomicInteger unwraps = new AtomicInteger();
  private final AtomicInteger outages = new AtomicInteger();
  private final AtomicBoolean refusing = new AtomicBoolean();

  public ModelKeyWrapper(String name) {
    this.name = Objects.requireNonNull(name, "name");
    this.kek = derive(name);
  }

  /** The key-encryption key of a wrapper named {@code name}, as the fixtures were made with. */
  static byte[] derive(String name) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(("tandem/model-key-wrapper/" + name).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The next {@code count} calls, wrap or unwrap, throw {@link StorageUnavailableException}. */
  public void failNextCalls(int count) {
    outages.set(count);
  }

  /** From now on every unwrap throws {@link KeyUnwrapRefusedException}, as a revoked grant would. */
  public void refuseUnwrapping(boolean refuse) {
    refusing.set(refuse);
  }

  public int wrapCalls() {
    return wraps.get();
  }

  public int unwrapCalls() {
    return unwraps.get();
  }

  @Override
  public byte[] wrap(byte[] dataKey, WrapContext context) {
    wraps.incrementAndGet();
    outage("wrap");
    byte[] nonce = new byte[NONCE_LENGTH];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
      cipher.updateAAD(context.canonicalBytes());
      byte[] sealed = cipher.doFinal(dataKey);
      byte[] wrapped = Arrays.copyOf(nonce, NONCE_LENGTH + sealed.length);
      System.arraycopy(sealed, 0, wrapped, NONCE_LENGTH, sealed.length);
      return wrapped;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed to wrap", e);
    }
  }

  @Override
  public byte[] unwrap(byte[] wrappedKey, WrapContext context) {
    unwraps.incrementAndGet();
    outage("unwrap");
    if (refusing.get()) {
      throw new KeyUnwrapRefusedException("model key " + name + " refuses to unwrap", null);
    }
    if (wrappedKey.length < NONCE_LENGTH + 16) {
      throw new KeyUnwrapRefusedException("wrapped key too short for model key " + name, null);
    }
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(wrappedKey, NONCE_LENGTH));
      cipher.updateAAD(context.canonicalBytes());
      return cipher.doFinal(wrappedKey, NONCE_LENGTH, wrappedKey.length - NONCE_LENGTH);
    } catch (AEADBadTagException e) {
      throw new KeyUnwrapRefusedException(
          "model key " + name + " refused a wrapped key altered, of another key or context", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM failed to unwrap", e);
    }
  }

  @Override
  public String keyName() {
    return "model-key/" + name;
  }

  @Override
  public String toString() {
    return "ModelKeyWrapper[" + name + "]";
  }

  private void outage(String call) {
    if (outages.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new StorageUnavailableException(
          "model key " + name + " is unavailable (" + call + ")", new java.io.IOException("outage"));
    }
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
    return cipher;
  }
}
