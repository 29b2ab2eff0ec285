package dev.tandem.adapter.gcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.cloud.storage.Storage;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionWindow;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * The custodian's session registry on Cloud Storage: one object per admitted protocol session id,
 * {@code <prefix>protocol-sessions/<session id in hex>}, created with {@code ifGenerationMatch=0}.
 *
 * <p>Guarantees: the time is checked first, with the injected clock and {@link SessionWindow}, and
 * a run refused for its time writes nothing. Otherwise Cloud Storage decides: of any number of
 * admits of one id, from any number of custodian instances sharing the bucket and prefix, exactly
 * one create meets no live generation; every other fails its precondition (412) and the id is
 * {@link Admission#REPLAYED}. A create whose success was lost in transit and that the client
 * retried also fails its precondition: the stored document carries a fresh write id, so the
 * registry recognises its own write and admits. Failures reach the caller as the other Cloud
 * Storage adapters' do ({@code STORAGE_UNAVAILABLE} when transient), and the run is refused.
 *
 * <p>Objects are never read back otherwise and never deleted by the registry. Once its window has
 * passed an object is harmless (the time check refuses a replay before Cloud Storage is asked), so a
 * lifecycle rule on the bucket deletes it: age one day under {@code <prefix>protocol-sessions/},
 * which must exceed the session timeout plus the allowed skew (see the module README). Each
 * admitted run costs one upload and stores some 300 bytes.
 */
public final class GcsSessionRegistry implements SessionRegistryPort {
  /** The folder under the prefix that holds one object per admitted session id. */
  public static final String FOLDER = "protocol-sessions/";

  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final GcsObjectStore store;
  private final String folder;
  private final Clock clock;
  private final SessionWindow window;

  @Inject
  public GcsSessionRegistry(
      Storage storage, GcsLocation location, Clock clock, SessionWindow window) {
    this(new CloudStorageObjectStore(storage, location), location, clock, window);
  }

  GcsSessionRegistry(
      GcsObjectStore store, GcsLocation location, Clock clock, SessionWindow window) {
    this.store = Objects.requireNonNull(store, "store");
    this.folder = location.prefix() + FOLDER;
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
    String name = objectName(sessionId);
    byte[] document =
        write(
            new SessionDocument(
                FORMAT,
                UUID.randomUUID().toString(),
                sessionId.toHex(),
                issuedAt.toString(),
                now.toString(),
                window.rememberUntil(issuedAt).toString()));
    try {
      store.createIfAbsent(name, document);
      return Admission.ADMITTED;
    } catch (GenerationMismatchException taken) {
      boolean ownWrite =
          store.read(name).filter(stored -> Arrays.equals(stored.content(), document)).isPresent();
      return ownWrite ? Admission.ADMITTED : Admission.REPLAYED;
    }
  }

  /** The object name of a session id. */
  String objectName(ProtocolSessionId sessionId) {
    return folder + sessionId.toHex();
  }

  private static byte[] write(SessionDocument document) {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a session document", e);
    }
  }

  @Override
  public String toString() {
    return "GcsSessionRegistry[" + store.url(folder) + ", " + window + "]";
  }
}
