/** Inventory services: the asset register, lifecycle, durability and stock-takes, with partner scope. */
package lv.ludza.openup.inventory;
