package dev.tandem.adapter.gcp.wiring;

import dagger.BindsInstance;
import dagger.Component;
import dev.tandem.mpc.MpcEngineModule;
import dev.tandem.wiring.ClientUseCaseModule;
import dev.tandem.wiring.CustodianUseCaseModule;
import dev.tandem.wiring.EmbeddedServices;
import dev.tandem.wiring.LoopbackChannelModule;
import dev.tandem.wiring.ShareCodecModule;
import dev.tandem.wiring.local.ProcessLocalStateModule;
import jakarta.inject.Singleton;

/**
 * The embedded deployment on GCP: the client and the custodian in one JVM, talking through the
 * in-process loopback channel, with the user's backup keys and the custodian's signing and backup
 * shares in Cloud Storage ({@link GcpClientsModule}, {@link GcsStorageModule}), sealed under the
 * configured key-encryption key. The use cases, channel and share codec are the shared modules of
 * {@code dev.tandem.wiring}; the engine is {@link MpcEngineModule}. The same roles run apart as
 * {@link GcpCustodianComponent} (the backend) and {@link GcpClientComponent} (given its channel).
 *
 * <p>The custodian's session registry, which refuses a replayed protocol run, is in the bucket
 * too ({@link dev.tandem.adapter.gcp.GcsSessionRegistry}, through {@link GcsStorageModule}): it
 * survives restarts and is shared by every instance on the bucket and prefix.
 *
 * <p><strong>Process-local parts.</strong> The wallet lock, the idempotency store and the audit log
 * are process-local ({@link ProcessLocalStateModule}): they live in this component only, not in the
 * bucket. One component (one process) per bucket and prefix is safe; a custodian run as several
 * instances needs durable implementations of those three ports, which are not built.
 *
 * <p>Create it once and share it: the custodian's open sessions and the Cloud Storage client are
 * per component.
 *
 * <pre>{@code
 * GcpTandemComponent tandem = GcpTandemComponent.create(
 *     GcpTandemConfig.builder()
 *         .bucket("my-tandem-bucket")
 *         .prefix("tandem/prod")
 *         .keyEncryptionKey(KeyEncryptionKey.fromBase64("kek-2024-06", kekFromSecretManager))
 *         .build());
 * CreateWalletResult wallet =
 *     tandem.createWallet().createWallet(
 *         CreateWalletCommand.of(IdempotencyKey.random(), "phone"), SigningShareSink.NONE);
 * }</pre>
 */
@Singleton
@Component(
    modules = {
      GcpConfigModule.class,
      ProcessLocalStateModule.class,
      GcpClientsModule.class,
      GcsStorageModule.class,
      LoopbackChannelModule.class,
      ShareCodecModule.class,
      ClientUseCaseModule.class,
      CustodianUseCaseModule.class,
      MpcEngineModule.class
    })
public interface GcpTandemComponent extends EmbeddedServices {

  /** A component with the given configuration. */
  static GcpTandemComponent create(GcpTandemConfig config) {
    return DaggerGcpTandemComponent.factory().create(config);
  }

  /** Creates the component; {@code config} is bound for every module to read. */
  @Component.Factory
  interface Factory {
    GcpTandemComponent create(@BindsInstance GcpTandemConfig config);
  }
}
