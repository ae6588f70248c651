/**
 * Change history: every entity is audited by Hibernate Envers; each revision records who made it
 * ({@link lv.ludza.openup.audit.Revision}).
 */
package lv.ludza.openup.audit;
