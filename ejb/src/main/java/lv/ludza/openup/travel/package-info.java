/**
 * Study trips' services: trips with itinerary and participants, travel orders, expenses, per-diem rate tables and
 * rules, settlements that declare expenditure on the employer's travel budget line, and the trip report.
 */
package lv.ludza.openup.travel;
