package lv.ludza.openup.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import lv.ludza.openup.shared.RuleViolation;

class FileNameTest {

    @Test
    void onlyTheLastPartOfAPathIsKept() {
        assertEquals("rekins.pdf", FileName.of("C:\\Users\\anna\\Desktop\\rekins.pdf").value());
        assertEquals("rekins.pdf", FileName.of("../../etc/rekins.pdf").value());
        assertEquals("passwd", FileName.of("/etc/passwd").value());
    }

    @Test
    void controlDirectionAndForbiddenCharactersGo() {
        assertEquals("invoicefdp.exe", FileName.of("invoice\u202Efdp.exe").value(), "right-to-left override");
        assertEquals("a b.pdf", FileName.of("a\tb\r\n.pdf").value().replace(" .", "."));
        assertEquals("a_b_c_.txt", FileName.of("a<b>c|.txt").value());
        assertEquals("hidden.txt", FileName.of("...hidden.txt").value());
        assertEquals("name.pdf", FileName.of("  name.pdf . ").value());
        assertEquals("two spaces.pdf", FileName.of("two    spaces.pdf").value());
    }

    @Test
    void lettersAreComposedAsLatvianAndLithuanianAreWritten() {
        String decomposed = "Re\u0304k\u030Cins.pdf"; // as macOS sends "Rēǩins"
        assertEquals("R\u0113\u01E9ins.pdf", FileName.of(decomposed).value());
        assertEquals("Sąskaita faktūra Nr. 15.pdf", FileName.of("Sąskaita faktūra Nr. 15.pdf").value());
    }

    @Test
    void aLongNameIsShortenedKeepingItsExtension() {
        FileName name = FileName.of("ā".repeat(300) + ".docx");
        assertEquals(FileName.MAX_LENGTH, name.value().length());
        assertEquals("docx", name.extension());
    }

    @Test
    void theExtensionIsWhatLooksLikeOne() {
        assertEquals("pdf", FileName.of("Rēķins.PDF").extension());
        assertEquals("", FileName.of("Rēķins nr. 15").extension());
        assertEquals("", FileName.of("akts 20.06.2018").extension());
        assertEquals("", FileName.of("README").extension());
        assertEquals("akts 20.06.2018.pdf", FileName.of("akts 20.06.2018").withExtension("pdf").value());
    }

    @Test
    void nothingLeftIsNoName() {
        for (String nothing : new String[] { null, "", "   ", "C:\\folder\\", "...", "\u202E" }) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> FileName.of(nothing));
            assertEquals("document.fileName.required", refused.getKey());
        }
    }
}
