/**
 * Promotion: the case record, the hash-chained log of every decision on a case, and the public transparency
 * board (/transparansi, /api/public/promotions) that shows announced cases with NIPs masked.
 */
package id.jenjang.promotion;
