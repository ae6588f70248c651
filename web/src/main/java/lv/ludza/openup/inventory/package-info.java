/** Inventory screens: the asset register, an asset, assets from an invoice line, stock-takes, durability, labels. */
package lv.ludza.openup.inventory;
