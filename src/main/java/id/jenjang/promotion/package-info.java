/**
 * The transparent promotion chain ({@code promotion}, {@code promotion-sweep}): eligibility from the rules
 * (DMN promotion-eligibility) and master data, verification, TPK vote with conflicts excluded, Sekda, PPK,
 * announcement with objections, decree; every decision on a hash-chained public trail (/transparansi).
 */
package id.jenjang.promotion;
