/** Screens of the renovation works: the list, one works with its schedule, money, acceptance and defects. */
package lv.ludza.openup.renovation;
