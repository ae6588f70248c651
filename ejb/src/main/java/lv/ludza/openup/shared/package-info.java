/** What every service uses: schema migrations at deployment, saving with conflict detection, server settings. */
package lv.ludza.openup.shared;
