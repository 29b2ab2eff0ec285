package dev.tandem.adapter.objectstore;

/**
 * A {@link KeyWrapper} refused to unwrap a data key: the wrapped key was altered, or wrapped under
 * another key or for another {@link WrapContext}. The core reports the object that held it as
 * {@link dev.tandem.domain.error.StoredDataInvalidException}. Says why, never what.
 */
public final class KeyUnwrapRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public KeyUnwrapRefusedException(String message, Throwable cause) {
    super(message, cause);
  }
}
