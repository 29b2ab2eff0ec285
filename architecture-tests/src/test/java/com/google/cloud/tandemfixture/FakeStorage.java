package com.google.cloud.tandemfixture;

/**
 * Stands in for a Google Cloud SDK type so that the architecture fixture needs no Google Cloud
 * SDK. The package name only has to fall under {@code com.google.cloud..}; it is one the SDK does
 * not use.
 */
public final class FakeStorage {
  public byte[] readAllBytes(String blob) {
    return new byte[0];
  }
}
