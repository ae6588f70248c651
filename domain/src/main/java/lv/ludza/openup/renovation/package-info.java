/**
 * Renovation works of a partner: the works with contractor and contract, their tasks and schedule (finish-to-start
 * dependencies, critical path), acceptance and defects, warranty.
 */
package lv.ludza.openup.renovation;
