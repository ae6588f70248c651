/**
 * Equipment bought with project money: assets, their categories (data the coordinator keeps) and the rooms they
 * stand in, their lifecycle (lent out, in repair, lost, written off), stock-takes and the durability date until which each must be kept in use.
 */
package lv.ludza.openup.inventory;
