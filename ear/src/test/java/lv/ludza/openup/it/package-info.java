/**
 * What the integration tests share: the real EAR as a deployment, logging in as a demo user inside the
 * server, an HTTP client and a headless Chromium.
 */
package lv.ludza.openup.it;
