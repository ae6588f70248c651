package lv.ludza.openup.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void theExactNameTravelsAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"Rekins DT-2018_0620.pdf\"; "
                + "filename*=UTF-8''R%C4%93%C4%B7ins%20DT-2018_0620.pdf",
                ContentDisposition.attachment("Rēķins DT-2018_0620.pdf"));
        assertEquals("Saskaita faktura.pdf", ContentDisposition.asciiFallback("Sąskaita faktūra.pdf"));
        assertEquals("inline; filename=\"Telpa pec.png\"; filename*=UTF-8''Telpa%20p%C4%93c.png",
                ContentDisposition.inline("Telpa pēc.png"), "a photo shown in the page keeps its name too");
    }

    @Test
    void quotesAndPercentSignsCannotBreakTheHeader() {
        assertEquals("a_b_c_.txt", ContentDisposition.asciiFallback("a\"b\\c%.txt"));
        assertEquals("a%22b%3B.txt", ContentDisposition.encoded("a\"b;.txt"));
    }

    @Test
    void onlyANumberIsADocumentsPath() {
        assertEquals(42L, DocumentDownload.id("/42"));
        assertNull(DocumentDownload.id(null));
        assertNull(DocumentDownload.id("/"));
        assertNull(DocumentDownload.id("/42/x"));
        assertNull(DocumentDownload.id("/../42"));
        assertNull(DocumentDownload.id("/99999999999999999999"));
    }
}
