package software.amazon.awssdk.tandemfixture;

/**
 * Stands in for an AWS SDK type so that the architecture fixture needs no AWS SDK. The package
 * name only has to fall under {@code software.amazon..}; it is one the SDK does not use.
 */
public final class FakeS3Client {
  public byte[] getObject(String key) {
    return new byte[0];
  }
}
