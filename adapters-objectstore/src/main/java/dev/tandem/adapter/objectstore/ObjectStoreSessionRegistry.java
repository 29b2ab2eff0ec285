package dev.tandem.adapter.objectstore;

import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The custodian's session registry on an {@link ObjectStore}: one object per admitted protocol
 * session id, {@code <prefix>protocol-sessions/<session id in hex><suffix>}, created with {@link
 * ObjectStore#createIfAbsent}.
 *
 * <p>Guarantees: the time is checked first, with the injected clock and {@link SessionWindow}, and
 * a run refused for its time writes nothing. Otherwise the store itself decides: of any number of
 * admits of one id, from any number of custodian instances sharing the bucket and prefix, exactly
 * one conditional create succeeds; every other fails its condition and the id is {@link
 * Admission#REPLAYED}. A create whose success was lost in transit and that the client retried also
 * fails its condition: the stored document carries a fresh write id, so the registry recognises its
 * own write and admits. Failures reach the caller as the store's do ({@code STORAGE_UNAVAILABLE}
 * when transient), and the run is refused: the registry fails closed.
 *
 * <p>Objects are never read back otherwise and are never deleted by the registry. Once its window
 * has passed an object is harmless (the time check refuses a replay before the store is asked), so
 * a bucket lifecycle rule removes it: expire the objects under {@code <prefix>protocol-sessions/}
 * after one day, which must exceed the session timeout plus the allowed skew. Each admitted run
 * costs one conditional create and stores some 300 bytes.
 */
public final class ObjectStoreSessionRegistry implements SessionRegistryPort {
  /** The folder under the prefix that holds one object per admitted session id. */
  public static final String FOLDER = "protocol-sessions/";

  /** The session document's format, the same in every layout (it is never read back). */
  static final int FORMAT = 1;

  private final ObjectStore objects;
  private final ConditionalWrites writes;
  private final String folder;
  private final String suffix;
  private final Clock clock;
  private final SessionWindow window;

  @Inject
  public ObjectStoreSessionRegistry(
      ObjectStore objects, StorageLayout layout, Clock clock, SessionWindow window) {
    this.objects = Objects.requireNonNull(objects, "objects");
    this.writes = new ConditionalWrites(objects);
    this.folder = layout.prefix() + FOLDER;
    this.suffix = layout.objectSuffix();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
  }

  @Override
  public Admission admit(ProtocolSessionId sessionId, Instant issuedAt) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Instant now = clock.instant();
    Admission time = window.checkTime(issuedAt, now);
    if (time != Admission.ADMITTED) {
      return time;
    }
    String name = objectName(sessionId);
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
      objects.createIfAbsent(name, document);
      return Admission.ADMITTED;
    } catch (PreconditionFailedException taken) {
      return writes.ownWrite(name, document).isPresent() ? Admission.ADMITTED : Admission.REPLAYED;
    }
  }

  /** The object name of a session id. */
  String objectName(ProtocolSessionId sessionId) {
    return folder + sessionId.toHex() + suffix;
  }

  @Override
  public String toString() {
    return "ObjectStoreSessionRegistry[" + objects.url(folder) + ", " + window + "]";
  }
}
