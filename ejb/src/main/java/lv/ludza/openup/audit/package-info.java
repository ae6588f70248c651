/** Reading the change history Envers keeps for every entity. */
package lv.ludza.openup.audit;
