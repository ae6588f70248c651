/** The project dashboard and the project's edit screen. */
package lv.ludza.openup.project;
