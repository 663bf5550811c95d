package id.jenjang.integrity;

import id.jenjang.support.JenjangPostgresTest;

/** {@link AppraisalReplayAttacks} on PostgreSQL ({@code -Pintegration}). */
@JenjangPostgresTest
class AppraisalReplayAttacksPostgresIT extends AppraisalReplayAttacks {
}
