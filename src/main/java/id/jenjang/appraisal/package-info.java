/**
 * Appraisal: the predikat matrix and annual results (imported history now; the appraisal-cycle and
 * employee-appraisal processes follow in issue 3).
 */
package id.jenjang.appraisal;
