/** Services of procurement and money: suppliers so far. */
package lv.ludza.openup.procurement;
