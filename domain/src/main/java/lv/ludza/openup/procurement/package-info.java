/**
 * Procurement and money: suppliers so far; procedures, contracts, invoices, payments and expenditure follow.
 */
package lv.ludza.openup.procurement;
