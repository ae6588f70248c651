/**
 * Inventory services: the asset register and its categories, lifecycle, durability and stock-takes, with partner
 * scope.
 */
package lv.ludza.openup.inventory;
