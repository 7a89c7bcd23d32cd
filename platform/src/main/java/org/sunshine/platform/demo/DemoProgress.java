package org.sunshine.platform.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The demo's documents go through the workflow in the background after start-up (a few minutes on
 * two cores): until they are in, every page says so, so that a first visitor does not take the
 * half-filled lists for the platform.
 */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnProperty(name = "sunshine.demo.enabled", havingValue = "true")
class DemoProgress {

  /** What a page shows while loading: documents processed of those to process. */
  record Loading(int done, int total) {}

  private volatile Loading loading;

  void started(int total) {
    loading = new Loading(0, total);
  }

  void processed(int done) {
    Loading now = loading;
    if (now != null) {
      loading = new Loading(done, now.total());
    }
  }

  void finished() {
    loading = null;
  }

  @ModelAttribute("demoLoading")
  Loading loading() {
    return loading;
  }
}
