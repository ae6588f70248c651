/**
 * The OPEN UP demo (facts from the project's public page; everything else marked "Demo"), loaded once into an
 * empty database when the server is started with {@code openup.demo=true}.
 */
package lv.ludza.openup.demo;
