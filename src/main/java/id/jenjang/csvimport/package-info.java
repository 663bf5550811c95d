/**
 * All-or-nothing CSV imports: parsing with line numbers, the {line, column, message} error list and the
 * created/updated/unchanged answer shared by the employee, discipline and appraisal-history imports.
 */
package id.jenjang.csvimport;
