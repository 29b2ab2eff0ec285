package dev.tandem.cli;

import dev.tandem.domain.model.ProvisioningStatus;

/** Where the demo tells what it is doing, step by step, as it happens. */
interface Narrator {

  /** Step {@code number} (from 1) of {@code total} begins. */
  void step(int number, int total, String title);

  /** A line about the current step. */
  void line(String text);

  /** A long operation of the current step reports its progress. */
  void status(ProvisioningStatus status, boolean done);

  /** Every step is done (or the run stopped): the progress display is taken down. */
  void close();
}
