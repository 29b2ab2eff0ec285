package dev.tandem.adapter.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionRegistryPort.Admission;
import dev.tandem.domain.port.SessionWindow;
import dev.tandem.domain.port.contract.SessionRegistryContract;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole session registry contract on {@link GcsSessionRegistry} over {@link ModelObjectStore},
 * the model of Cloud Storage's generations and preconditions (no local server enforces them: see
 * the module README, "GCP adapters: what was exercised where"); this is where its race runs. Also:
 * two custodian instances on one bucket admit an id once between them, a create whose answer was
 * lost still admits, and a run refused for its time writes nothing.
 */
class GcsSessionRegistryModelContractTest extends SessionRegistryContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelObjectStore bucket = new ModelObjectStore(true);

  @Override
  protected SessionRegistryPort createRegistry(Clock clock, SessionWindow window) {
    return new GcsSessionRegistry(bucket, GcsTestFixtures.LOCATION, clock, window);
  }

  @Test
  void anAdmittedId_isOneObjectUnderThePrefix_andARefusedOneNone() throws IOException {
    ProtocolSessionId admitted = newId();
    Instant now = clock().instant();
    registry().admit(admitted, now);
    registry().admit(newId(), Instant.EPOCH);
    registry().admit(newId(), now.plusSeconds(3600));

    String name = "tests/tandem/protocol-sessions/" + admitted.toHex();
    assertEquals(List.of(name), bucket.allNames());
    long generation = bucket.generations(name).get(0);
    JsonNode document = JSON.readTree(bucket.content(name, generation).orElseThrow());
    assertEquals(admitted.toHex(), document.get("sessionId").asText());
    assertEquals(now.toString(), document.get("issuedAt").asText());
    assertEquals(WINDOW.rememberUntil(now).toString(), document.get("rememberUntil").asText());
  }

  @Test
  void twoCustodianInstancesOnOneBucket_admitAnIdOnceBetweenThem() {
    GcsSessionRegistry other =
        new GcsSessionRegistry(bucket, GcsTestFixtures.LOCATION, clock(), WINDOW);
    ProtocolSessionId id = newId();
    Instant now = clock().instant();

    assertEquals(Admission.ADMITTED, registry().admit(id, now));
    assertEquals(Admission.REPLAYED, other.admit(id, now));
    assertEquals(Admission.REPLAYED, registry().admit(id, now));
  }

  @Test
  void aCreateWhoseAnswerWasLost_isStillAdmitted_andThenReplayed() {
    ProtocolSessionId id = newId();
    bucket.loseAcknowledgements(1);

    assertEquals(Admission.ADMITTED, registry().admit(id, clock().instant()));

    assertEquals(Admission.REPLAYED, registry().admit(id, clock().instant()));
    assertTrue(bucket.allNames().get(0).endsWith(id.toHex()));
  }
}
