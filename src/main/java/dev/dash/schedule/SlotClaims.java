package dev.dash.schedule;

import static dev.dash.db.Jdbc.query;
import static dev.dash.db.Jdbc.update;

import dev.dash.db.SqlResource;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes a scheduled job run once per slot however many replicas share the database: the replica whose claim row
 * lands runs the slot, the others skip it. The row outlives the replica, so a stopped replica's slot is not run twice
 * while its lease lasts, and can be taken over once the lease ran out, unless it had begun posting: what must happen
 * at most once (a report's Slack post) is marked {@link #posting} first, and such a slot is never run again.
 */
@ApplicationScoped
public class SlotClaims {

    private final AgroalDataSource db;
    private final String replica;
    private final String claimSql = SqlResource.read("schedule/claim.sql");
    private final String finishSql = SqlResource.read("schedule/finish.sql");
    private final String abandonedSql = SqlResource.read("schedule/abandoned.sql");
    private final String latestSql = SqlResource.read("schedule/latest.sql");
    private final String postingSql = SqlResource.read("schedule/posting.sql");
    private final String uncertainSql = SqlResource.read("schedule/uncertain.sql");

    @Inject
    public SlotClaims(AgroalDataSource db) {
        this(db, ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** A claimer with its own replica name: tests use two on one database as two replicas. */
    public SlotClaims(AgroalDataSource db, String replica) {
        this.db = db;
        this.replica = replica;
    }

    /** A slot this replica claimed; finish it with {@link #done} or {@link #failed}. */
    public record Claim(String job, OffsetDateTime slot, int attempt) {
    }

    /** What happened in a job's latest slot. */
    public record Latest(String job, OffsetDateTime slot, String status, String detail, OffsetDateTime finishedAt) {
    }

    /** Claims the slot for this replica, or empty when another replica has (or had) it. */
    public Optional<Claim> claim(String job, Instant slot, Duration lease) {
        OffsetDateTime at = slotOf(slot);
        List<Integer> attempts = new ArrayList<>();
        query(db, claimSql, List.of(job, at, replica, (double) lease.toSeconds()), rs -> attempts.add(rs.getInt(1)));
        return attempts.stream().findFirst().map(n -> new Claim(job, at, n));
    }

    /**
     * The slot's effect that must not happen twice begins: from now on no replica runs the slot again, even when this
     * one stops before {@link #done}. False when the claim was lost to another replica; then do nothing.
     */
    public boolean posting(Claim claim) {
        return update(db, postingSql, List.of(claim.job(), claim.slot(), replica)) == 1;
    }

    public void done(Claim claim, String detail) {
        finish(claim, "done", detail);
    }

    public void failed(Claim claim, String why) {
        finish(claim, "failed", why);
    }

    /** Running slots of these jobs whose replica stopped (lease over), no older than maxAge. */
    public List<Claim> abandoned(Collection<String> jobs, Duration maxAge) {
        List<Claim> slots = new ArrayList<>();
        query(db, abandonedSql, List.of((double) maxAge.toSeconds(), List.copyOf(jobs)),
                rs -> slots.add(new Claim(rs.getString(1), rs.getObject(2, OffsetDateTime.class), 0)));
        return slots;
    }

    /** Marks failed, with this reason, the slots of these jobs whose replica stopped while posting; returns them. */
    public List<Claim> uncertain(Collection<String> jobs, String why) {
        List<Claim> slots = new ArrayList<>();
        query(db, uncertainSql, List.of(why, List.copyOf(jobs)),
                rs -> slots.add(new Claim(rs.getString(1), rs.getObject(2, OffsetDateTime.class), 0)));
        return slots;
    }

    public List<Latest> latest(Collection<String> jobs) {
        List<Latest> latest = new ArrayList<>();
        query(db, latestSql, List.of(List.copyOf(jobs)), rs -> latest.add(new Latest(rs.getString(1),
                rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class))));
        return latest;
    }

    private void finish(Claim claim, String status, String detail) {
        update(db, finishSql, Arrays.asList(status, detail, claim.job(), claim.slot(), replica));
    }

    /** Replicas see the same fire time to the second; the database keeps microseconds. */
    private static OffsetDateTime slotOf(Instant slot) {
        return slot.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
    }
}
