/** Study trips' screens: the list, a trip with its itinerary and participants, a travel order with its settlement, the per-diem tables, the trip report. */
package lv.ludza.openup.travel;
