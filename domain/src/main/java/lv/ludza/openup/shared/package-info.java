/**
 * The few types every feature uses: {@link lv.ludza.openup.shared.Money}, {@link lv.ludza.openup.shared.DateRange}
 * and the {@link lv.ludza.openup.shared.BaseEntity} every entity extends (id, version, who and when).
 */
package lv.ludza.openup.shared;
