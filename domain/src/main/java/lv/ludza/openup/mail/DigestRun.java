package lv.ludza.openup.mail;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * A day's run of the daily digest. The day is unique: with two servers, the second to start the day's run fails to
 * record it and stops, so each user gets one digest a day.
 */
@Entity
@Table(name = "digest_run")
@SharedByProjects
@NamedQuery(name = "DigestRun.latest", query = "SELECT r FROM DigestRun r ORDER BY r.runOn DESC, r.id DESC")
public class DigestRun extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "run_on", nullable = false, updatable = false)
    private LocalDate runOn;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "users_asked", nullable = false)
    private int usersAsked;

    @Column(name = "digests_queued", nullable = false)
    private int digestsQueued;

    protected DigestRun() {
        // for JPA
    }

    public DigestRun(LocalDate runOn) {
        this.runOn = runOn;
    }

    public void finish(int users, int digests, Instant at) {
        this.usersAsked = users;
        this.digestsQueued = digests;
        this.finishedAt = at;
    }

    public LocalDate getRunOn() {
        return runOn;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getUsersAsked() {
        return usersAsked;
    }

    public int getDigestsQueued() {
        return digestsQueued;
    }
}
