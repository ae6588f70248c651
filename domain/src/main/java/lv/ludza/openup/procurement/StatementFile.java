package lv.ludza.openup.procurement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import lv.ludza.openup.shared.Iban;
import lv.ludza.openup.shared.Money;
import lv.ludza.openup.shared.RuleViolation;

/**
 * A bank-to-customer statement in ISO 20022 {@code camt.053} XML (versions 001.02 to 001.13), as banks in Latvia and
 * Lithuania export it: the account, the period and the booked debit entries (the partner's payments), one per
 * transaction of an entry (an entry may be a batch of several). Read with a namespace-aware parser that refuses DTDs
 * and external entities.
 *
 * @param schemaVersion e.g. {@code camt.053.001.08}
 * @param entries the booked debit transactions in EUR, in the order of the file
 */
public record StatementFile(String schemaVersion, String statementRef, String accountIban, String accountOwner,
        LocalDate fromDate, LocalDate toDate, List<Entry> entries) implements Serializable {

    /** The namespaces read: camt.053.001.02 up to camt.053.001.13. */
    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.(\\d{2})");
    private static final int FIRST_VERSION = 2;
    private static final int LAST_VERSION = 13;
    private static final int MAX_KEY = 200;
    private static final String NOT_PROVIDED = "NOTPROVIDED";

    /**
     * One debit transaction of the statement.
     *
     * @param key stable over imports of the same entry: the account servicer's reference, or the end-to-end id with
     *        the amount, the date and the creditor's IBAN (with the account's IBAN in front)
     * @param remittance the unstructured remittance text and structured creditor references, joined by spaces
     */
    public record Entry(String key, LocalDate bookedOn, LocalDate valueOn, Money amount, String creditorName,
            String creditorIban, String remittance, String endToEndId, String servicerRef) implements Serializable {

        /** The day the payment is recorded on: the booking date, or the value date when there is none. */
        public LocalDate paidOn() {
            return bookedOn != null ? bookedOn : valueOn;
        }

        /** The payment reference recorded: the bank's reference, else the end-to-end id, else the remittance. */
        public String reference() {
            String reference = servicerRef != null ? servicerRef : endToEndId != null ? endToEndId : remittance;
            return reference == null || reference.length() <= 100 ? reference : reference.substring(0, 100);
        }
    }

    /**
     * Reads a statement file.
     *
     * @throws RuleViolation on the field {@code file}: {@code statement.unreadable} for what is no well-formed XML
     *         (or has a DTD), {@code statement.notCamt053} for XML of another kind, {@code statement.version} for a
     *         camt.053 version this application does not read
     */
    public static StatementFile read(byte[] content) {
        org.w3c.dom.Document xml = parse(content);
        Element root = xml.getDocumentElement();
        String namespace = root.getNamespaceURI();
        Matcher version = namespace == null ? null : NAMESPACE.matcher(namespace);
        if (version == null || !version.matches() || !"Document".equals(root.getLocalName())) {
            throw RuleViolation.onField("file", "statement.notCamt053", namespace == null ? "-" : namespace);
        }
        int number = Integer.parseInt(version.group(1));
        if (number < FIRST_VERSION || number > LAST_VERSION) {
            throw RuleViolation.onField("file", "statement.version", "camt.053.001." + version.group(1));
        }
        Reader reader = new Reader(namespace);
        Element report = reader.child(root, "BkToCstmrStmt");
        List<Element> statements = report == null ? List.of() : reader.children(report, "Stmt");
        if (statements.isEmpty()) {
            throw RuleViolation.onField("file", "statement.notCamt053", namespace);
        }
        String statementRef = null;
        String accountIban = null;
        String owner = null;
        LocalDate from = null;
        LocalDate to = null;
        List<Entry> entries = new ArrayList<>();
        for (Element statement : statements) {
            String iban = Iban.normalised(reader.text(statement, "Acct", "Id", "IBAN"));
            if (accountIban == null) {
                accountIban = iban;
                statementRef = reader.text(statement, "Id");
                owner = reader.text(statement, "Acct", "Ownr", "Nm");
            }
            LocalDate start = date(reader.text(statement, "FrToDt", "FrDtTm"));
            LocalDate end = date(reader.text(statement, "FrToDt", "ToDtTm"));
            from = from == null || start != null && start.isBefore(from) ? start : from;
            to = to == null || end != null && end.isAfter(to) ? end : to;
            for (Element entry : reader.children(statement, "Ntry")) {
                reader.entry(entry, iban, entries);
            }
        }
        return new StatementFile("camt.053.001." + version.group(1), statementRef, accountIban, owner, from, to,
                List.copyOf(entries));
    }

    private static org.w3c.dom.Document parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DTD at all: no entity expansion, no external entities (XXE), no billion laughs
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // no messages on stderr; fatal errors still throw
            return builder.parse(new ByteArrayInputStream(content == null ? new byte[0] : content));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made secure", e);
        } catch (SAXException | IOException e) {
            throw RuleViolation.onField("file", "statement.unreadable");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw RuleViolation.onField("file", "statement.unreadable");
        }
    }

    /** Reads the elements of one namespace. */
    private static final class Reader {

        private final String namespace;

        Reader(String namespace) {
            this.namespace = namespace;
        }

        void entry(Element entry, String accountIban, List<Entry> entries) {
            if (!"DBIT".equals(text(entry, "CdtDbtInd")) || !booked(entry)) {
                return;
            }
            Element amountElement = child(entry, "Amt");
            if (amountElement == null || !"EUR".equals(amountElement.getAttribute("Ccy"))) {
                return;
            }
            Money entryAmount = money(amountElement);
            LocalDate bookedOn = date(dateOf(child(entry, "BookgDt")));
            LocalDate valueOn = date(dateOf(child(entry, "ValDt")));
            String entryRef = text(entry, "AcctSvcrRef");
            List<Element> transactions = new ArrayList<>();
            for (Element details : children(entry, "NtryDtls")) {
                transactions.addAll(children(details, "TxDtls"));
            }
            if (transactions.isEmpty()) {
                entries.add(new Entry(key(accountIban, entryRef, null, entryAmount, bookedOn, null), bookedOn, valueOn,
                        entryAmount, null, null, text(entry, "AddtlNtryInf"), null, entryRef));
                return;
            }
            boolean batch = transactions.size() > 1;
            for (int i = 0; i < transactions.size(); i++) {
                Element tx = transactions.get(i);
                Money amount = batch ? transactionAmount(tx) : entryAmount;
                if (amount == null) {
                    amount = entryAmount;
                }
                String endToEnd = text(tx, "Refs", "EndToEndId");
                if (NOT_PROVIDED.equals(endToEnd)) {
                    endToEnd = null;
                }
                String txRef = text(tx, "Refs", "AcctSvcrRef");
                String servicerRef = txRef != null ? txRef
                        : entryRef == null ? null : batch ? entryRef + "/" + (endToEnd != null ? endToEnd : i + 1) : entryRef;
                Element creditor = path(tx, "RltdPties", "Cdtr");
                // camt.053.001.08 and later nest the party: Cdtr/Pty/Nm
                String name = creditor == null ? null
                        : text(creditor, "Nm") != null ? text(creditor, "Nm") : text(creditor, "Pty", "Nm");
                String iban = Iban.normalised(text(tx, "RltdPties", "CdtrAcct", "Id", "IBAN"));
                entries.add(new Entry(key(accountIban, servicerRef, endToEnd, amount, bookedOn, iban), bookedOn,
                        valueOn, amount, name, iban, remittance(tx), endToEnd, servicerRef));
            }
        }

        private boolean booked(Element entry) {
            Element status = child(entry, "Sts");
            if (status == null) {
                return true;
            }
            String code = text(status, "Cd");
            return "BOOK".equals(code != null ? code : status.getTextContent().trim());
        }

        private Money transactionAmount(Element tx) {
            Element amount = child(tx, "Amt");
            if (amount == null) {
                amount = path(tx, "AmtDtls", "TxAmt", "Amt");
            }
            return amount == null ? null : money(amount);
        }

        private String remittance(Element tx) {
            Element info = child(tx, "RmtInf");
            if (info == null) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            for (Element unstructured : children(info, "Ustrd")) {
                parts.add(unstructured.getTextContent().trim());
            }
            for (Element structured : children(info, "Strd")) {
                String ref = text(structured, "CdtrRefInf", "Ref");
                if (ref != null) {
                    parts.add(ref);
                }
                for (Element additional : children(structured, "AddtlRmtInf")) {
                    parts.add(additional.getTextContent().trim());
                }
            }
            String joined = String.join(" ", parts).trim();
            return joined.isEmpty() ? null : joined;
        }

        private String dateOf(Element dateAndTime) {
            if (dateAndTime == null) {
                return null;
            }
            String date = text(dateAndTime, "Dt");
            return date != null ? date : text(dateAndTime, "DtTm");
        }

        private static Money money(Element amount) {
            try {
                return Money.eur(new BigDecimal(amount.getTextContent().trim()));
            } catch (NumberFormatException e) {
                throw RuleViolation.onField("file", "statement.unreadable");
            }
        }

        Element child(Element parent, String name) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                        && name.equals(element.getLocalName())) {
                    return element;
                }
            }
            return null;
        }

        List<Element> children(Element parent, String name) {
            List<Element> found = new ArrayList<>();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                        && name.equals(element.getLocalName())) {
                    found.add(element);
                }
            }
            return found;
        }

        Element path(Element from, String... names) {
            Element element = from;
            for (String name : names) {
                element = element == null ? null : child(element, name);
            }
            return element;
        }

        String text(Element from, String... names) {
            Element element = path(from, names);
            if (element == null) {
                return null;
            }
            String text = element.getTextContent().trim();
            return text.isEmpty() ? null : text;
        }
    }

    /** The entry's stable key: the account with the bank's reference, or with the end-to-end id and the details. */
    static String key(String accountIban, String servicerRef, String endToEnd, Money amount, LocalDate on,
            String creditorIban) {
        String account = accountIban == null ? "-" : accountIban;
        String key = servicerRef != null ? account + "|REF|" + servicerRef
                : account + "|E2E|" + endToEnd + "|" + amount.amount().toPlainString() + "|" + on + "|" + creditorIban;
        if (key.length() <= MAX_KEY) {
            return key;
        }
        try {
            return "SHA256|" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
