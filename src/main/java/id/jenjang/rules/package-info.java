/**
 * Rules in force: which deployed decision version judges a date (rule_validity), what a result records about
 * the version that produced it, and replays of decisions under the rule of their date (docs/rules.md).
 */
package id.jenjang.rules;
