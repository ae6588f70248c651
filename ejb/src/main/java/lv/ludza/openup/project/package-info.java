/** Reading and editing projects and their partners. */
package lv.ludza.openup.project;
