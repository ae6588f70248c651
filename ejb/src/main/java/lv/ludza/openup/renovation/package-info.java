/** Renovation works: the service of works, tasks, schedule, money of the works, acceptance and defects. */
package lv.ludza.openup.renovation;
