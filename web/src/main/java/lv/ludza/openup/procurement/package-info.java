/** Screens of procurement and money: the supplier list and a supplier's page. */
package lv.ludza.openup.procurement;
