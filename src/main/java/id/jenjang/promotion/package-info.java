/**
 * Promotion: who may be put forward for a higher rank (KP reguler, KP pilihan) or post (jabatan), checked against
 * master data with the thresholds of processes/promotion-eligibility.dmn, and the reasons recorded per criterion.
 */
package id.jenjang.promotion;
