package dev.tandem.adapter.inmemory.e2e;

import dev.tandem.domain.model.CosignerSessionId;
import dev.tandem.domain.port.CosignerChannelPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A channel that passes every exchange through and keeps a copy of each request, as someone
 * listening on the wire would: what a replay has to work with.
 */
final class RecordingChannel implements CosignerChannelPort {
  /** One request as it went over the wire. */
  record Recorded(CosignerSessionId sessionId, byte[] request) {}

  private final CosignerChannelPort channel;
  private final List<Recorded> recorded = new ArrayList<>();

  RecordingChannel(CosignerChannelPort channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  @Override
  public byte[] exchange(CosignerSessionId sessionId, byte[] request) {
    synchronized (recorded) {
      recorded.add(new Recorded(sessionId, request.clone()));
    }
    return channel.exchange(sessionId, request);
  }

  /** Every request so far, oldest first. */
  List<Recorded> recorded() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  /** Forgets what was recorded so far. */
  void clear() {
    synchronized (recorded) {
      recorded.clear();
    }
  }
}
