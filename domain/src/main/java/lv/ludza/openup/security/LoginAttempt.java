package lv.ludza.openup.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import lv.ludza.openup.shared.BaseEntity;
import lv.ludza.openup.shared.SharedByProjects;

/**
 * One attempt to log in, kept for the administrator (the login log): when, the user name tried, from which
 * address, and what became of it. Written once, never changed.
 */
@Entity
@Table(name = "login_attempt")
@SharedByProjects
@NamedQuery(name = "LoginAttempt.namesFailedFrom", query = "SELECT COUNT(DISTINCT a.username) FROM LoginAttempt a"
        + " WHERE a.address = :address AND a.attemptedAt > :since AND a.outcome IN :failures")
@NamedQuery(name = "LoginAttempt.lastOf", query = "SELECT MAX(a.attemptedAt) FROM LoginAttempt a WHERE a.address = :address"
        + " AND a.outcome IN :outcomes")
public class LoginAttempt extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The longest user name kept (a longer one is cut): enough for any account, not a place to store text. */
    public static final int MAX_USERNAME = 100;

    @Column(nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(nullable = false, updatable = false, length = MAX_USERNAME)
    private String username;

    @Column(nullable = false, updatable = false, length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private LoginOutcome outcome;

    protected LoginAttempt() {
        // for JPA
    }

    public LoginAttempt(Instant attemptedAt, String username, String address, LoginOutcome outcome) {
        this.attemptedAt = attemptedAt;
        String name = username == null ? "" : username.strip();
        this.username = name.length() > MAX_USERNAME ? name.substring(0, MAX_USERNAME) : name;
        String from = address == null ? "" : address;
        this.address = from.length() > 64 ? from.substring(0, 64) : from;
        this.outcome = outcome;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }
}
