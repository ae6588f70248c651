package lv.ludza.openup.mail;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import lv.ludza.openup.security.AppUser;
import lv.ludza.openup.security.Language;
import lv.ludza.openup.security.UserService;
import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.ServerSettings;
import lv.ludza.openup.shared.ServiceLazyModel;

/**
 * The administrator's mail page: the mail server as configured, the last days' counts, the digest's last run and a
 * preview of what a user's digest holds today (also without a mail server), a test mail, and every mail with its
 * outcome (paged, sorted and filtered in the database), failed ones sent again.
 */
@Named
@ViewScoped
public class MailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Outbox outbox;

    @Inject
    private Digest digest;

    @Inject
    private UserService users;

    private ServiceLazyModel<OutgoingMail> model;
    private boolean configured;
    private Map<MailStatus, Long> counts;
    private DigestRun lastRun;
    private List<AppUser> recipients;
    private Long previewUserId;
    private MailTemplates.Composed preview;
    private String testAddress;
    private LocalDate today;

    @PostConstruct
    void init() {
        Outbox service = outbox;
        model = new ServiceLazyModel<>(service::countMails, service::mails);
        configured = outbox.configured();
        today = outbox.today();
        testAddress = users.currentUser().getEmail();
        recipients = digest.recipients();
        refresh();
        // the first user something needs today, for the preview
        Digest.Preview first = digest.firstPreview(today);
        previewUserId = first.userId();
        preview = first.mail();
    }

    private void refresh() {
        counts = outbox.counts(7);
        List<DigestRun> runs = digest.latestRuns(1);
        lastRun = runs.isEmpty() ? null : runs.get(0);
    }

    public void showPreview() {
        preview = previewUserId == null ? null : digest.preview(previewUserId, today);
    }

    public void runNow() {
        int[] queued = new int[1];
        if (Feedback.attempt(() -> queued[0] = digest.run(today))) {
            if (queued[0] < 0) {
                Feedback.info("mail.ranAlready");
            } else {
                Feedback.info("mail.ranNow", queued[0]);
            }
        }
        refresh();
    }

    public void sendTest() {
        Language language = users.currentUser().getLanguage();
        if (Feedback.attempt(() -> outbox.sendTest(testAddress, language))) {
            Feedback.info("mail.testQueued", testAddress);
        }
        refresh();
    }

    public void sendAgain(OutgoingMail mail) {
        if (Feedback.attempt(() -> outbox.sendAgain(mail.getId()))) {
            Feedback.info("mail.sentAgain");
        }
        refresh();
    }

    public ServiceLazyModel<OutgoingMail> getModel() {
        return model;
    }

    public boolean isConfigured() {
        return configured;
    }

    public String getHost() {
        return ServerSettings.smtpHost().orElse("—") + ":" + ServerSettings.smtpPort();
    }

    public String getSecurity() {
        return ServerSettings.smtpSecurity();
    }

    public String getFrom() {
        return ServerSettings.mailFrom();
    }

    public String getBaseUrl() {
        return ServerSettings.baseUrl();
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailKind[] getKinds() {
        return MailKind.values();
    }

    public DigestRun getLastRun() {
        return lastRun;
    }

    public List<AppUser> getRecipients() {
        return recipients;
    }

    public Long getPreviewUserId() {
        return previewUserId;
    }

    public void setPreviewUserId(Long previewUserId) {
        this.previewUserId = previewUserId;
    }

    public MailTemplates.Composed getPreview() {
        return preview;
    }

    public String getTestAddress() {
        return testAddress;
    }

    public void setTestAddress(String testAddress) {
        this.testAddress = testAddress;
    }

    public LocalDate getToday() {
        return today;
    }
}
