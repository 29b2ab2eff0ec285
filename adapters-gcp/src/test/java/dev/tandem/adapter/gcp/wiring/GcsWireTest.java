package dev.tandem.adapter.gcp.wiring;

import static dev.tandem.adapter.gcp.wiring.HttpModelFixture.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.adapter.gcp.ModelGcsHttpServer;
import dev.tandem.domain.error.ErrorCode;
import dev.tandem.domain.error.StorageMisconfiguredException;
import dev.tandem.domain.error.StorageUnavailableException;
import dev.tandem.domain.error.TandemException;
import dev.tandem.domain.error.WriteConflictException;
import dev.tandem.domain.model.BackupKeyId;
import dev.tandem.domain.model.PairStatus;
import dev.tandem.domain.model.ProtocolSessionId;
import dev.tandem.domain.model.SigningSharePairId;
import dev.tandem.domain.model.WalletId;
import dev.tandem.domain.port.CustodianSigningShareRecord;
import dev.tandem.domain.port.KeyStoragePort;
import dev.tandem.domain.port.SessionRegistryPort;
import dev.tandem.domain.port.SessionRegistryPort.Admission;
import dev.tandem.domain.port.SigningShareRepositoryPort;
import dev.tandem.domain.port.Version;
import dev.tandem.domain.port.contract.ContractFixtures;
import dev.tandem.domain.secret.BackupEncryptionKey;
import dev.tandem.domain.secret.CustodianSigningShare;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What goes over the wire, through the production wiring and the real SDK, to {@link
 * ModelGcsHttpServer}: the precondition parameters of every write and read, deletion by
 * generation, the configured retry limit and timeouts, and the mapping of real HTTP error answers.
 */
class GcsWireTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ModelGcsHttpServer server = HttpModelFixture.startServer();
  private final GcsStorageTestComponent component =
      GcsStorageTestComponent.of(HttpModelFixture.config(server).build());
  private final KeyStoragePort keys = component.keyStorage();
  private final SigningShareRepositoryPort signing = component.signingShares();

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void create_uploadsWithIfGenerationMatchZero() {
    keys.create(WalletId.of("w"), BackupKeyId.of("k"), newKey());

    assertEquals(
        List.of(
            "POST /upload/storage/v1/b/" + BUCKET
                + "/o?ifGenerationMatch=0&projection=full&uploadType=multipart"),
        server.requests());
  }

  @Test
  void replace_uploadsWithIfGenerationMatchOfTheExpectedVersion_thenDeletesOlderGenerations() {
    CustodianSigningShareRecord record = newRecord("p");
    Version created = signing.create(record);
    int before = server.requests().size();

    Version replaced = signing.replace(record.completed(record.createdAt()), created);

    List<String> replace = server.requests().subList(before, server.requests().size());
    String name = "it/signing-shares/w/p";
    assertEquals(
        List.of(
            "POST /upload/storage/v1/b/" + BUCKET + "/o?ifGenerationMatch=" + created.token()
                + "&projection=full&uploadType=multipart",
            "GET /storage/v1/b/" + BUCKET + "/o?prefix=" + name
                + "&projection=full&versions=true",
            "DELETE /storage/v1/b/" + BUCKET + "/o/" + name + "?generation=" + created.token()),
        replace);
    assertEquals(List.of(Long.parseLong(replaced.token())), server.generations(name));
  }

  @Test
  void find_readsMetadata_thenContentAtThatGeneration() {
    Version created = signing.create(newRecord("p"));
    int before = server.requests().size();

    signing.find(WalletId.of("w"), SigningSharePairId.of("p")).orElseThrow();

    assertEquals(
        List.of(
            "GET /storage/v1/b/" + BUCKET + "/o/it/signing-shares/w/p?projection=full",
            "GET /download/storage/v1/b/" + BUCKET
                + "/o/it/signing-shares/w/p?alt=media&ifGenerationMatch=" + created.token()),
        server.requests().subList(before, server.requests().size()));
  }

  @Test
  void delete_listsVersions_andDeletesEachGenerationByNumber() {
    Version created = signing.create(newRecord("p"));
    int before = server.requests().size();

    signing.delete(WalletId.of("w"), SigningSharePairId.of("p"));

    List<String> delete = server.requests().subList(before, server.requests().size());
    assertTrue(delete.get(0).contains("versions=true"), delete.toString());
    assertEquals(
        "DELETE /storage/v1/b/" + BUCKET + "/o/it/signing-shares/w/p?generation="
            + created.token(),
        delete.get(1));
    assertEquals(List.of(), server.generations("it/signing-shares/w/p"));
  }

  @Test
  void everyUpload_carriesAPrecondition_andEveryDelete_aGeneration() {
    CustodianSigningShareRecord record = newRecord("p");
    Version v = signing.create(record);
    CustodianSigningShareRecord completed = record.completed(record.createdAt());
    v = signing.replace(completed, v);
    signing.replace(completed.revoked(record.createdAt()), v);
    assertThrows(WriteConflictException.class, () -> signing.create(record));
    keys.create(WalletId.of("w"), BackupKeyId.of("k"), newKey());
    keys.delete(WalletId.of("w"), BackupKeyId.of("k"));
    signing.delete(WalletId.of("w"), SigningSharePairId.of("p"));

    List<String> uploads = server.requests().stream().filter(r -> r.startsWith("POST")).toList();
    List<String> deletes = server.requests().stream().filter(r -> r.startsWith("DELETE")).toList();
    assertEquals(5, uploads.size(), uploads.toString());
    uploads.forEach(u -> assertTrue(u.contains("ifGenerationMatch="), u));
    assertTrue(deletes.size() >= 3, deletes.toString());
    deletes.forEach(d -> assertTrue(d.contains("?generation="), d));
  }

  @Test
  void transientErrors_areRetriedUpToMaxAttempts_thenUnavailable() {
    server.failNext(100, 503);

    StorageUnavailableException e =
        assertThrows(
            StorageUnavailableException.class,
            () -> signing.find(WalletId.of("w"), SigningSharePairId.of("p")));

    assertEquals(3, server.requests().size(), "maxAttempts = 3: " + server.requests());
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, e.code());
    assertTrue(e.retryable());
  }

  @Test
  void transientErrors_withinTheAttempts_areInvisible() {
    server.failNext(2, 429);

    keys.create(WalletId.of("w"), BackupKeyId.of("k"), newKey());

    assertEquals(3, server.requests().size());
    assertEquals(1, keys.list(WalletId.of("w")).size());
  }

  @Test
  void writeThatLandedButWhoseAnswerWasLost_succeeds_afterTheSdksRetryMeets412() {
    server.loseNextUploadAnswers(1);
    CustodianSigningShareRecord record = newRecord("p");

    Version version = signing.create(record);

    List<String> uploads = server.requests().stream().filter(r -> r.startsWith("POST")).toList();
    assertEquals(2, uploads.size(), "the SDK retried the conditional upload: " + uploads);
    assertEquals(
        version, signing.find(WalletId.of("w"), SigningSharePairId.of("p")).orElseThrow().version());
  }

  @Test
  void sessionRegistry_admitsWithAnUploadAtIfGenerationMatchZero_andReadsOnlyAfterA412() {
    SessionRegistryPort sessions = component.sessionRegistry();
    ProtocolSessionId id = ProtocolSessionId.of(new byte[ProtocolSessionId.LENGTH]);
    Instant now = Instant.now();

    assertEquals(Admission.ADMITTED, sessions.admit(id, now));
    assertEquals(
        List.of(
            "POST /upload/storage/v1/b/" + BUCKET
                + "/o?ifGenerationMatch=0&projection=full&uploadType=multipart"),
        server.requests());
    assertEquals(1, server.generations("it/protocol-sessions/" + id.toHex()).size());

    assertEquals(Admission.REPLAYED, sessions.admit(id, now));
    List<String> replay = server.requests().subList(1, server.requests().size());
    assertEquals(
        "POST /upload/storage/v1/b/" + BUCKET
            + "/o?ifGenerationMatch=0&projection=full&uploadType=multipart",
        replay.get(0));
    assertTrue(
        replay.get(1).startsWith("GET /storage/v1/b/" + BUCKET + "/o/it/protocol-sessions/"),
        replay.toString());
  }

  @Test
  void sessionRegistry_whoseUploadLandedButWhoseAnswerWasLost_stillAdmits() {
    SessionRegistryPort sessions = component.sessionRegistry();
    ProtocolSessionId id = ProtocolSessionId.of(new byte[ProtocolSessionId.LENGTH]);
    server.loseNextUploadAnswers(1);

    assertEquals(Admission.ADMITTED, sessions.admit(id, Instant.now()));

    List<String> uploads = server.requests().stream().filter(r -> r.startsWith("POST")).toList();
    assertEquals(2, uploads.size(), "the SDK retried the conditional upload: " + uploads);
    assertEquals(Admission.REPLAYED, sessions.admit(id, Instant.now()));
  }

  @Test
  void sessionRegistry_whenStorageKeepsFailing_failsClosed_retryably() {
    server.failNext(10, 503);

    StorageUnavailableException e =
        assertThrows(
            StorageUnavailableException.class,
            () ->
                component
                    .sessionRegistry()
                    .admit(ProtocolSessionId.of(new byte[ProtocolSessionId.LENGTH]), Instant.now()));

    assertTrue(e.retryable());
  }

  @Test
  void accessDenied_isMisconfiguration_namingTheBucket_withoutRetries() {
    server.failNext(1, 403);

    StorageMisconfiguredException e =
        assertThrows(
            StorageMisconfiguredException.class,
            () -> keys.create(WalletId.of("w"), BackupKeyId.of("k"), newKey()));

    assertTrue(e.getMessage().contains(BUCKET), e.getMessage());
    assertEquals(1, server.requests().size());
  }

  @Test
  void missingBucket_isMisconfiguration_namingTheBucket() {
    GcsStorageTestComponent elsewhere =
        GcsStorageTestComponent.of(
            HttpModelFixture.config(server).bucket("no-such-bucket").build());

    StorageMisconfiguredException onWrite =
        assertThrows(
            StorageMisconfiguredException.class,
            () -> elsewhere.keyStorage().create(WalletId.of("w"), BackupKeyId.of("k"), newKey()));
    StorageMisconfiguredException onList =
        assertThrows(
            StorageMisconfiguredException.class,
            () -> elsewhere.keyStorage().list(WalletId.of("w")));

    assertTrue(onWrite.getMessage().contains("no-such-bucket"), onWrite.getMessage());
    assertTrue(onList.getMessage().contains("no-such-bucket"), onList.getMessage());
  }

  @Test
  void slowServer_isUnavailable_withinTheTotalTimeout() {
    GcsStorageTestComponent impatient =
        GcsStorageTestComponent.of(
            HttpModelFixture.config(server)
                .requestTimeout(Duration.ofMillis(200))
                .totalTimeout(Duration.ofMillis(1500))
                .maxAttempts(10)
                .build());
    server.stallEachRequest(Duration.ofMillis(1000));
    long start = System.nanoTime();

    TandemException e =
        assertThrows(
            StorageUnavailableException.class,
            () -> impatient.keyStorage().list(WalletId.of("w")));

    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(elapsed.compareTo(Duration.ofSeconds(5)) < 0, "took " + elapsed);
    assertTrue(server.requests().size() < 10, "gave up before maxAttempts: " + server.requests());
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, e.code());
  }

  @Test
  void refusedConnection_isUnavailable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    GcsStorageTestComponent nowhere =
        GcsStorageTestComponent.of(
            HttpModelFixture.config(server)
                .hostOverride(URI.create("http://127.0.0.1:" + closedPort))
                .totalTimeout(Duration.ofSeconds(3))
                .build());

    assertThrows(
        StorageUnavailableException.class, () -> nowhere.keyStorage().list(WalletId.of("w")));
  }

  @Test
  void revocation_overTheWire_leavesOneGenerationWithoutTheShare() {
    CustodianSigningShareRecord record = newRecord("p");
    Version v = signing.create(record);
    CustodianSigningShareRecord completed = record.completed(record.createdAt());
    v = signing.replace(completed, v);

    Version revoked = signing.replace(completed.revoked(record.createdAt()), v);

    assertEquals(
        List.of(Long.parseLong(revoked.token())), server.generations("it/signing-shares/w/p"));
    CustodianSigningShareRecord found =
        signing.find(WalletId.of("w"), SigningSharePairId.of("p")).orElseThrow().value();
    assertEquals(PairStatus.REVOKED, found.status());
    assertTrue(found.share().isEmpty());
  }

  private static BackupEncryptionKey newKey() {
    return BackupEncryptionKey.generate(RANDOM);
  }

  private static CustodianSigningShareRecord newRecord(String pair) {
    return CustodianSigningShareRecord.incomplete(
        new CustodianSigningShare(
            WalletId.of("w"),
            SigningSharePairId.of(pair),
            ContractFixtures.PUBLIC_KEY,
            ContractFixtures.randomSecret(64)),
        "phone",
        ContractFixtures.CREATED_AT);
  }
}
