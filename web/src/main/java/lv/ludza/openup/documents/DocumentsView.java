package lv.ludza.openup.documents;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import lv.ludza.openup.shared.Feedback;
import lv.ludza.openup.shared.Texts;

/**
 * The documents of the record a form shows (the include {@code WEB-INF/includes/documents.xhtml}): the list, the
 * upload, the deletion after a confirmation and the access log. The record is named by the include's parameters
 * (owner kind and id); what is read is kept for the view, so that rendering a table asks the database once.
 */
@Named
@ViewScoped
public class DocumentsView implements Serializable {

    private static final String SPOKE = DocumentsView.class.getName() + ".spoke";

    private static final long serialVersionUID = 1L;
    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = KILOBYTE * KILOBYTE;

    @Inject
    private DocumentService documents;

    private final Map<String, List<Document>> lists = new HashMap<>();
    private final Map<String, Boolean> changeable = new HashMap<>();
    private final Map<String, List<DocumentAccess>> logs = new HashMap<>();
    private final Set<String> logsShown = new HashSet<>();
    private Integer maxMegabytes;
    private String description;
    private Document toDelete;

    /** The record's documents, newest first. */
    public List<Document> of(String owner, Long ownerId) {
        return lists.computeIfAbsent(key(owner, ownerId),
                key -> ownerId == null ? List.of() : documents.list(DocumentOwner.valueOf(owner), ownerId));
    }

    /** The record's photos (documents that are images by their content), newest first, to show on its page. */
    public List<Document> photos(String owner, Long ownerId) {
        return of(owner, ownerId).stream().filter(d -> d.getFileType() != null && d.getFileType().isImage()).toList();
    }

    /** Whether the user may attach documents to the record and delete them (the service checks it again). */
    public boolean mayChange(String owner, Long ownerId) {
        return changeable.computeIfAbsent(key(owner, ownerId),
                key -> ownerId != null && documents.mayChange(DocumentOwner.valueOf(owner), ownerId));
    }

    public int getMaxMegabytes() {
        if (maxMegabytes == null) {
            maxMegabytes = documents.maxMegabytes();
        }
        return maxMegabytes;
    }

    /** The largest file that may be attached, in bytes. */
    public long getMaxBytes() {
        return getMaxMegabytes() * MEGABYTE;
    }

    /** p:fileUpload listener: the owner kind and id come as the component's attributes. */
    public void upload(FileUploadEvent event) {
        if (!PhaseId.INVOKE_APPLICATION.equals(event.getPhaseId())) {
            // PrimeFaces sends the upload while validating, before the description typed with it reaches this
            // bean: take it up again once the form's values are in
            event.setPhaseId(PhaseId.INVOKE_APPLICATION);
            event.queue();
            return;
        }
        spoke();
        UIComponent upload = event.getComponent();
        String owner = (String) upload.getAttributes().get("owner");
        Long ownerId = ((Number) upload.getAttributes().get("ownerId")).longValue();
        UploadedFile file = event.getFile();
        if (file.getSize() > getMaxBytes()) {
            // refused before its bytes are read into memory
            Feedback.fieldError("file", "document.tooLarge", file.getFileName(), file.getSize() / (double) MEGABYTE,
                    getMaxMegabytes());
            return;
        }
        Document[] attached = new Document[1];
        if (Feedback.attempt(() -> attached[0] = documents.attach(DocumentOwner.valueOf(owner), ownerId,
                file.getFileName(), file.getContent(), description))) {
            Feedback.info("document.attached", attached[0].getFileName());
            description = null;
        }
        forget(owner, ownerId);
    }

    /**
     * Whether this request's messages come from the documents panel: only then does the panel show the page's
     * messages, which the page itself shows for everything else.
     */
    public boolean isSpoken() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getAttributes().get(SPOKE));
    }

    private static void spoke() {
        FacesContext.getCurrentInstance().getAttributes().put(SPOKE, Boolean.TRUE);
    }

    /** Remembers which document the confirmation is about. */
    public void confirmDelete(Document document) {
        toDelete = document;
    }

    public void delete() {
        if (toDelete == null) {
            return;
        }
        spoke();
        Document deleting = toDelete;
        if (Feedback.attempt(() -> documents.delete(deleting.getId()))) {
            Feedback.info("document.deleted", deleting.getFileName());
        }
        toDelete = null;
        forget(deleting.getOwner().name(), deleting.getOwnerId());
    }

    public void toggleLog(String owner, Long ownerId) {
        String key = key(owner, ownerId);
        if (!logsShown.remove(key)) {
            logsShown.add(key);
            logs.remove(key);
        }
    }

    public boolean logShown(String owner, Long ownerId) {
        return logsShown.contains(key(owner, ownerId));
    }

    /** Who uploaded, downloaded and deleted the record's documents, newest first. */
    public List<DocumentAccess> log(String owner, Long ownerId) {
        return logs.computeIfAbsent(key(owner, ownerId),
                key -> ownerId == null ? List.of() : documents.accessLogOf(DocumentOwner.valueOf(owner), ownerId));
    }

    /** A file's size as the reader's language writes it: {@code 830 B}, {@code 12,4 KB}, {@code 3,1 MB}. */
    public String size(long bytes) {
        if (bytes < KILOBYTE) {
            return Texts.get("format.bytes", String.valueOf(bytes));
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale());
        number.setMaximumFractionDigits(1);
        number.setMinimumFractionDigits(1);
        return bytes < MEGABYTE ? Texts.get("format.kilobytes", number.format(bytes / (double) KILOBYTE))
                : Texts.get("format.megabytes", number.format(bytes / (double) MEGABYTE));
    }

    /** A PrimeIcons class for the kind of file. */
    public String icon(Document document) {
        FileType type = document.getFileType();
        if (type == null) {
            return "pi-file";
        }
        return switch (type) {
            case PDF -> "pi-file-pdf";
            case PNG, JPEG, GIF, WEBP -> "pi-image";
            case DOCX, DOC, ODT -> "pi-file-word";
            case XLSX, XLS, ODS -> "pi-file-excel";
            default -> "pi-file";
        };
    }

    private void forget(String owner, Long ownerId) {
        String key = key(owner, ownerId);
        lists.remove(key);
        logs.remove(key);
    }

    private static String key(String owner, Long ownerId) {
        return owner + "#" + ownerId;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Document getToDelete() {
        return toDelete;
    }
}
