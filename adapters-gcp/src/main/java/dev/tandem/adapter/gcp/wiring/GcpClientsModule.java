package dev.tandem.adapter.gcp.wiring;

import com.google.api.gax.retrying.RetrySettings;
import com.google.auth.Credentials;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.NoCredentials;
import com.google.cloud.http.HttpTransportOptions;
import com.google.cloud.storage.HttpStorageOptions;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import dagger.Module;
import dagger.Provides;
import dev.tandem.domain.error.StorageMisconfiguredException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;

/**
 * The Cloud Storage client, built from {@link GcpTandemConfig}: the JSON API over HTTP, with
 * Application Default Credentials (or none, for an emulator behind a host override) and with the
 * configured attempts and timeouts in place of the SDK's defaults, which retry for minutes.
 */
@Module
public final class GcpClientsModule {
  /** The first retry's delay; each next one doubles, up to {@link #MAX_RETRY_DELAY}. */
  static final Duration INITIAL_RETRY_DELAY = Duration.ofMillis(200);

  static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(4);

  private GcpClientsModule() {}

  @Provides
  @Singleton
  static Storage storage(GcpTandemConfig config) {
    return storageOptions(config).getService();
  }

  /** The client's options; separate from {@link #storage} so tests can read them back. */
  static StorageOptions storageOptions(GcpTandemConfig config) {
    HttpStorageOptions.Builder options =
        StorageOptions.http()
            .setRetrySettings(retrySettings(config))
            .setTransportOptions(
                HttpTransportOptions.newBuilder()
                    .setConnectTimeout(Math.toIntExact(config.requestTimeout().toMillis()))
                    .setReadTimeout(Math.toIntExact(config.requestTimeout().toMillis()))
                    .build());
    config.projectId().ifPresent(options::setProjectId);
    if (config.hostOverride().isPresent()) {
      options.setHost(config.hostOverride().get().toString()).setCredentials(noCredentials());
    } else {
      options.setCredentials(applicationDefaultCredentials(config));
    }
    return options.build();
  }

  static RetrySettings retrySettings(GcpTandemConfig config) {
    Duration maxDelay =
        MAX_RETRY_DELAY.compareTo(config.totalTimeout()) < 0
            ? MAX_RETRY_DELAY
            : config.totalTimeout();
    Duration firstDelay =
        INITIAL_RETRY_DELAY.compareTo(maxDelay) < 0 ? INITIAL_RETRY_DELAY : maxDelay;
    return RetrySettings.newBuilder()
        .setMaxAttempts(config.maxAttempts())
        .setTotalTimeoutDuration(config.totalTimeout())
        .setInitialRetryDelayDuration(firstDelay)
        .setRetryDelayMultiplier(2.0)
        .setMaxRetryDelayDuration(maxDelay)
        .setInitialRpcTimeoutDuration(config.requestTimeout())
        .setRpcTimeoutMultiplier(1.0)
        .setMaxRpcTimeoutDuration(config.requestTimeout())
        .build();
  }

  private static Credentials noCredentials() {
    return NoCredentials.getInstance();
  }

  private static Credentials applicationDefaultCredentials(GcpTandemConfig config) {
    try {
      return GoogleCredentials.getApplicationDefault();
    } catch (IOException e) {
      throw new StorageMisconfiguredException(
          "no Application Default Credentials for bucket " + config.location().bucket()
              + ": run on GCP with a service account, or set GOOGLE_APPLICATION_CREDENTIALS",
          e);
    }
  }
}
