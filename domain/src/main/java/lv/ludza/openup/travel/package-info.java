/**
 * Study trips: the trip with its itinerary and participants, a travel order per participant with its advance,
 * per-diem rate tables and day rules per employer country (data, kept by accountants), expenses with their
 * evidence, and the settlement that ends as expenditure on the employer's travel budget line.
 */
package lv.ludza.openup.travel;
