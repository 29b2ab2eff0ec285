package dev.tandem.adapter.aws;

import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The custodian's session registry on S3: one object per admitted protocol session id, {@code
 * <prefix>protocol-sessions/<session id in hex>.json}, created with {@code If-None-Match: *}.
 *
 * <p>Guarantees: the time is checked first, with the injected clock and {@link SessionWindow}, and
 * a run refused for its time writes nothing. Otherwise S3 itself decides: of any number of
 * admits of one id, from any number of custodian instances sharing the bucket and prefix, exactly
 * one conditional create succeeds; every other meets 412 Precondition Failed (or 409
 * ConditionalRequestConflict while the winner is in flight) and the id is {@link
 * Admission#REPLAYED}. A create whose success was lost in transit and that the SDK retried also
 * meets 412: the stored document carries a fresh write id, so the registry recognises its own write
 * and admits. Failures reach the caller as the other S3 adapters' do ({@code STORAGE_UNAVAILABLE}
 * when transient), and the run is refused.
 *
 * <p>Objects are never read back otherwise and are never deleted by the registry. Once its window
 * has passed an object is harmless (the time check refuses a replay before S3 is asked), so a
 * bucket lifecycle rule removes it: expire the objects under {@code <prefix>protocol-sessions/}
 * after one day, which must exceed the session timeout plus the allowed skew (see the module
 * README). Each admitted run costs one {@code PutObject} and stores some 300 bytes.
 */
public final class S3SessionRegistry implements SessionRegistryPort {
  /** The folder under the key prefix that holds one object per admitted session id. */
  public static final String FOLDER = "protocol-sessions/";

  private static final int FORMAT = 1;

  private final S3ObjectStore objects;
  private final String folder;
  private final Clock clock;
  private final SessionWindow window;

  @Inject
  public S3SessionRegistry(
      S3Client s3, AwsStorageSettings settings, Clock clock, SessionWindow window) {
    this.objects = new S3ObjectStore(s3, settings.bucket());
    this.folder = settings.keyPrefix() + FOLDER;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
  }

  /** What an object records: nothing is read back but the write id, by byte comparison. */
  record SessionDocument(
      int format,
      String writeId,
      String sessionId,
      String issuedAt,
      String admittedAt,
      String rememberUntil) {}

  @Override
  public Admission admit(ProtocolSessionId sessionId, Instant issuedAt) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Instant now = clock.instant();
    Admission time = window.checkTime(issuedAt, now);
    if (time != Admission.ADMITTED) {
      return time;
    }
    String key = objectKey(sessionId);
    byte[] document =
        DocumentMapper.write(
            new SessionDocument(
                FORMAT,
                DocumentMapper.newWriteId(),
                sessionId.toHex(),
                issuedAt.toString(),
                now.toString(),
                window.rememberUntil(issuedAt).toString()));
    try {
      objects.createIfAbsent(key, document);
      return Admission.ADMITTED;
    } catch (WriteConflictException taken) {
      boolean ownWrite =
          objects.get(key).filter(stored -> Arrays.equals(stored.body(), document)).isPresent();
      return ownWrite ? Admission.ADMITTED : Admission.REPLAYED;
    }
  }

  /** The object key of a session id. */
  String objectKey(ProtocolSessionId sessionId) {
    return folder + sessionId.toHex() + ".json";
  }

  @Override
  public String toString() {
    return "S3SessionRegistry[s3://" + objects.bucket() + "/" + folder + ", " + window + "]";
  }
}
