/**
 * The project and its partners: name, programme, period, each partner's role, country, planned budget and
 * co-financing (ERDF) rate.
 */
package lv.ludza.openup.project;
