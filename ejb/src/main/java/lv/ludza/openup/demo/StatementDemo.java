package lv.ludza.openup.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import lv.ludza.openup.documents.Document;
import lv.ludza.openup.documents.DocumentContent;
import lv.ludza.openup.documents.DocumentOwner;
import lv.ludza.openup.procurement.BankStatement;
import lv.ludza.openup.procurement.Invoice;
import lv.ludza.openup.procurement.StatementFile;
import lv.ludza.openup.procurement.Supplier;
import lv.ludza.openup.project.Country;
import lv.ludza.openup.project.Partner;
import lv.ludza.openup.project.Project;
import lv.ludza.openup.shared.Money;

/**
 * Bank statements of the demo (invented accounts, marked demo): in each project, Ludza's statement paying part of an
 * invoice of the computer shop, recorded with the camt.053 file as the statement's document; the demo suppliers get
 * their IBANs.
 */
final class StatementDemo {

    static final String SHOP_IBAN = "LV86HABA0000400000001";
    static final String FURNITURE_IBAN = "LT707044060000000002";
    private static final String LUDZA_IBAN = "LV44HABA0551000000001";

    private final EntityManager em;

    StatementDemo(EntityManager em) {
        this.em = em;
    }

    void load(Project openUp, Project readOn) {
        Supplier shop = supplier("40000000001", Country.LV);
        shop.setIban(SHOP_IBAN);
        supplier("300000002", Country.LT).setIban(FURNITURE_IBAN);
        statement(openUp.getLeadPartner(), shop, "DT-2018/0910", LocalDate.of(2018, 9, 10), LocalDate.of(2018, 9, 20),
                "Projektors lasītavai (demo)", "800.00", "168.00", "968.00", "500.00", "2018-09");
        statement(readOn.getLeadPartner(), shop, "DT-2020/0905", LocalDate.of(2020, 9, 5), LocalDate.of(2020, 9, 15),
                "Skeneris (demo)", "200.00", "42.00", "242.00", "242.00", "2020-09");
    }

    private void statement(Partner ludza, Supplier shop, String number, LocalDate issuedOn, LocalDate paidOn,
            String what, String net, String vat, String gross, String paid, String month) {
        Invoice invoice = new Invoice(ludza, shop, number, issuedOn);
        invoice.replaceLines(List.of(new Invoice.Line(what, BigDecimal.ONE, Money.eur(net), Money.eur(vat),
                Money.eur(gross))));
        em.persist(invoice);
        byte[] xml = camt(number, paidOn, paid, month).getBytes(StandardCharsets.UTF_8);
        StatementFile file = StatementFile.read(xml);
        String fileName = "izraksts-" + month + "-demo.xml";
        BankStatement statement = new BankStatement(ludza, file, fileName);
        em.persist(statement);
        StatementFile.Entry entry = file.entries().get(0);
        invoice.payFromStatement(entry.paidOn(), entry.amount(), entry.reference(), statement, entry.key());
        em.flush();
        Document document = Document.of(DocumentOwner.BANK_STATEMENT, statement.getId(), ludza, fileName, xml,
                file.schemaVersion() + " " + file.statementRef(), Long.MAX_VALUE);
        em.persist(document);
        em.persist(new DocumentContent(document, xml));
    }

    /** A camt.053.001.08 statement with the one payment and a payment nothing matches (demo). */
    private static String camt(String number, LocalDate paidOn, String paid, String month) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>DEMO-%4$s</MsgId><CreDtTm>%2$sT18:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>DEMO-LUDZA-%4$s</Id>
                      <CreDtTm>%2$sT18:00:00</CreDtTm>
                      <FrToDt><FrDtTm>%4$s-01T00:00:00</FrDtTm><ToDtTm>%2$sT23:59:59</ToDtTm></FrToDt>
                      <Acct><Id><IBAN>%5$s</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Ludzas novada pašvaldība (demo)</Nm></Ownr></Acct>
                      <Ntry>
                        <Amt Ccy="EUR">%3$s</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>%2$s</Dt></BookgDt><ValDt><Dt>%2$s</Dt></ValDt>
                        <AcctSvcrRef>DEMO%6$s01</AcctSvcrRef>
                        <NtryDtls><TxDtls>
                          <Refs><EndToEndId>DEMO-%4$s-1</EndToEndId></Refs>
                          <RltdPties>
                            <Cdtr><Pty><Nm>Demo Supplier SIA "Datortehnika"</Nm></Pty></Cdtr>
                            <CdtrAcct><Id><IBAN>%7$s</IBAN></Id></CdtrAcct>
                          </RltdPties>
                          <RmtInf><Ustrd>Rēķins %1$s (demo)</Ustrd></RmtInf>
                        </TxDtls></NtryDtls>
                      </Ntry>
                      <Ntry>
                        <Amt Ccy="EUR">18.15</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                        <BookgDt><Dt>%2$s</Dt></BookgDt>
                        <AcctSvcrRef>DEMO%6$s02</AcctSvcrRef>
                        <NtryDtls><TxDtls>
                          <RltdPties><Cdtr><Pty><Nm>Bankas komisija (demo)</Nm></Pty></Cdtr></RltdPties>
                        </TxDtls></NtryDtls>
                      </Ntry>
                    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(number, paidOn, paid, month, LUDZA_IBAN, month.replace("-", ""), SHOP_IBAN);
    }

    private Supplier supplier(String registration, Country country) {
        return em.createNamedQuery("Supplier.findByRegistration", Supplier.class).setParameter("country", country)
                .setParameter("number", registration).getSingleResult();
    }
}
