/**
 * Master data: units, employees, ranks, discipline records; the CSV imports that maintain them and the
 * synchronisation of employees into Camunda users and groups.
 */
package id.jenjang.employee;
