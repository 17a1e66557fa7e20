package org.mentorlink.tool.lti.launch;

/** How a launch's state was found to belong to the browser that posted it (SF §7.3.1). */
public enum BrowserBinding {
  /** By the state cookie the login set. */
  COOKIE,
  /**
   * By the secret the login stored in the platform's storage, read back by the tool's launch page
   * (the state cookie did not come back). The session cookie may not come back either: the launch
   * first checks that it did, and offers the new-window hand-off if not.
   */
  PLATFORM_STORAGE,
  /** Not at all: the browser sent no state cookie and no stored secret (new-window hand-off). */
  NONE
}
